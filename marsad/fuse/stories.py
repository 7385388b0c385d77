"""Story clustering: group documents that report the same real-world incident.

Streaming and incremental: a :class:`StoryIndex` holds the open stories (those whose dates are still
inside the time window) and every new document either joins the most similar one or starts a new
story; nothing already assigned is re-clustered.

Signals (all computed from the text, no model download):

- word TF-IDF cosine between the document and a story's centroid;
- overlap of names (capitalised words that do not open a sentence), which are what separates two
  incidents of the same kind (two earthquakes, two arrests of two different people);
- overlap of numbers and years (casualty counts, magnitudes, ages, "2008");
- the publication date: documents whose dates are more than ``window_days`` apart never share a
  story, and dates written in the text ("on Tuesday", "March 3") are not needed for that.

Determinism: :func:`cluster_documents` sorts its input canonically (published date, then the content
hash of the text) before the single pass, and computes the IDF over the whole batch first, so the same
documents in any order get the same stories. Story ids are content hashes of the story's first
document in that canonical order.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from itertools import repeat
from operator import mul
from typing import Iterable, Mapping

from ..model import content_hash, text_hash

VERSION = "stories-0.1"

# A small English stop list written for this module (function words and newsroom filler).
_STOP = frozenset("""
a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most my
no nor not now of off on once only or other our ours out over own same she should so some such than
that the their theirs them then there these they this those through to too under until up very was we
were what when where which while who whom why will with would you your yours yourself said says say
told according reported report reports news new one two three year years time people also last first
mr mrs ms monday tuesday wednesday thursday friday saturday sunday today yesterday week weeks day days
may could would might must can't don't it's he's she's that's there's we're they're i'm
""".split())

_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_NUM = re.compile(r"\b\d+(?:[.,]\d+)?\b")
_SENT_START = re.compile(r"(?:^|[.!?]\s+|\n\s*|[\"“(]\s*)$")


def _norm(w: str) -> str:
    w = w.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    return w


_WEEKDAYS = {d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                          "sunday"))}
_RELDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|"
                     r"last night|this morning)\b", re.I)


def incident_days(text: str, published: date | None) -> Counter:
    """Days the text refers to ("on Thursday", "yesterday"), resolved against the published date: the
    most recent such weekday on or before it. Reports of one incident published on different days
    resolve "Thursday's bombing" to the same day; two incidents on different days do not match."""
    c: Counter = Counter()
    if published is None:
        return c
    for m in _RELDAY.finditer(text):
        w = m.group(1).lower()
        if w in _WEEKDAYS:
            back = (published.weekday() - _WEEKDAYS[w]) % 7
        elif w == "yesterday":
            back = 1
        else:
            back = 0
        day = published.toordinal() - back
        if day >= 1:     # "on Sunday" in a report dated 1 January of year 1 refers to no representable day
            c["d:" + date.fromordinal(day).isoformat()] += 1
    return c


def features(text: str, title: str | None = None, published: date | None = None) -> Counter:
    """Term counts of a document: words ``w:``, adjacent word pairs ``b:``, names ``e:``, numbers ``n:``
    (title counted twice) and,
    when the published date is known, the days it refers to ``d:``. Callers that know the resolved
    places of a document may add ``p:<geonameid>`` terms (weighted like names)."""
    c: Counter = incident_days(text, published)
    for part, weight in ((title or "", 2), (text, 1)):
        if not part:
            continue
        prev, prev_end = None, -10
        for m in _WORD.finditer(part):
            tok = m.group(0)
            w = _norm(tok)
            if len(w) < 3 or w in _STOP:
                prev = None
                continue
            c["w:" + w] += weight
            if prev is not None and m.start() - prev_end <= 2:     # adjacent content words: "bus station"
                c["b:" + prev + "_" + w] += weight
            prev, prev_end = w, m.end()
            if tok[0].isupper() and not tok.isupper() or (tok.isupper() and 2 <= len(tok) <= 5):
                before = part[max(0, m.start() - 3):m.start()]
                if not _SENT_START.search(before):
                    c["e:" + w] += weight
        for m in _NUM.finditer(part):
            v = m.group(0).replace(",", "")
            if v in ("0", "1", "2"):
                continue
            c["n:" + v] += weight
    return c


def _parse_date(s: str | None) -> date | None:
    if not s or not isinstance(s, str):
        return None
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        return None


@dataclass(frozen=True)
class StoryParams:
    threshold: float = 0.25          # minimum similarity to join a story
    merge_threshold: float | None = None  # if set, two open stories whose centroids are this similar merge
    idf_power: float = 1.0           # >1 favours rare terms (names, figures) over topical words
    day_conflict: float = 0.3        # similarity factor when the document and the story name disjoint days
    refine: int = 1                  # batch only: passes that move each document to its best story
    link: str = "centroid"           # centroid: cosine to the centroid; average: mean similarity to the members
    window_days: int = 7             # documents further apart than this never share a story
    name_weight: float = 3.0         # extra weight of names over plain words
    number_weight: float = 3.0
    max_terms: int = 200             # terms kept per document vector
    candidate_terms: int = 20        # candidate stories share one of the document's heaviest terms


@dataclass
class Story:
    id: str
    centroid: dict[str, float] = field(default_factory=dict)
    members: list[str] = field(default_factory=list)
    first: date | None = None
    last: date | None = None
    seq: int = 0                     # creation order: when two stories merge, the older one's id stays
    days: set = field(default_factory=set)   # the incident days its documents refer to ("d:" terms)
    _norm: float | None = None       # cached; reset whenever the centroid changes

    def norm(self) -> float:
        if self._norm is None:
            self._norm = math.sqrt(sum(v * v for v in self.centroid.values())) or 1.0
        return self._norm


class IDF:
    """Document frequencies; ``weight(term)`` is the smoothed inverse document frequency."""

    def __init__(self, n_docs: int = 0, df: Mapping[str, int] | None = None):
        self.n = n_docs
        self.df: Counter = Counter(df or {})

    def add(self, terms: Iterable[str]) -> None:
        self.n += 1
        self.df.update(set(terms))

    def weight(self, term: str) -> float:
        return math.log((self.n + 1) / (self.df.get(term, 0) + 1)) + 1.0


def vectorize(counts: Counter, idf: IDF, params: StoryParams = StoryParams()) -> dict[str, float]:
    """L2-normalised TF-IDF vector with names and numbers up-weighted."""
    v: dict[str, float] = {}
    for t, n in counts.items():
        w = (1.0 + math.log(n)) * idf.weight(t) ** params.idf_power
        if t[0] in "ep":
            w *= params.name_weight
        elif t[0] in "nd":
            w *= params.number_weight
        v[t] = w
    if len(v) > params.max_terms:
        v = dict(sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))[:params.max_terms])
    norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
    return {t: x / norm for t, x in v.items()}


def _dot(terms: list[str], weights: list[float], centroid: dict[str, float]) -> float:
    """The dot product of a vector (its terms and weights, in order) with a sparse centroid. The same sum, in
    the same order, as a generator over the vector's items, so results are bit-identical; mapped in C, it
    is about twice as fast, and it is the inner loop of story assignment."""
    return sum(map(mul, weights, map(centroid.get, terms, repeat(0.0))))


def _top_terms(vec: dict[str, float], k: int) -> list[str]:
    if len(vec) <= k:
        return list(vec)
    return [t for t, _ in sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[:k]]


class StoryIndex:
    """The open stories and an inverted index from terms to stories."""

    def __init__(self, idf: IDF, params: StoryParams = StoryParams()):
        self.idf = idf
        self.params = params
        self.stories: dict[str, Story] = {}
        self.postings: dict[str, set[str]] = defaultdict(set)
        self.merged: dict[str, str] = {}     # story id -> the story it was merged into
        self._seq = 0
        self._closed_at: date | None = None   # the latest day close_before ran for

    def _new_story(self, sid: str) -> Story:
        self._seq += 1
        st = self.stories[sid] = Story(sid, seq=self._seq)
        return st

    def resolve(self, sid: str) -> str:
        """The story a (possibly merged) story id now belongs to."""
        while sid in self.merged:
            sid = self.merged[sid]
        return sid

    def add_story_member(self, story: Story, doc_id: str, vec: dict[str, float], day: date | None) -> None:
        story._norm = None
        for t, x in vec.items():
            story.centroid[t] = story.centroid.get(t, 0.0) + x
            self.postings[t].add(story.id)
            if t[0] == "d":
                story.days.add(t)
        story.members.append(doc_id)
        if day is not None:
            story.first = day if story.first is None else min(story.first, day)
            story.last = day if story.last is None else max(story.last, day)

    def restore(self, story_id: str, doc_id: str, vec: dict[str, float], day: date | None) -> None:
        """Load a stored assignment (incremental runs start from the stories already in the store)."""
        st = self.stories.get(story_id)
        if st is None:
            st = self._new_story(story_id)
        self.add_story_member(st, doc_id, vec, day)

    def _in_window(self, st: Story, day: date | None) -> bool:
        if day is None or st.first is None:
            return True
        w = self.params.window_days
        return (day - st.first).days <= w and (st.last - day).days <= w

    def best(self, vec: dict[str, float], day: date | None, *, exclude: str | None = None,
             last: date | None = None) -> tuple[str | None, float]:
        cand: set[str] = set()
        for t in _top_terms(vec, self.params.candidate_terms):
            cand.update(self.postings.get(t, ()))
        cand.discard(exclude)
        days = {t for t in vec if t[0] == "d"}
        terms, weights = list(vec), list(vec.values())
        best_id, best_sim = None, 0.0
        for sid in sorted(cand):
            st = self.stories[sid]
            if not self._in_window(st, day) or (last is not None and not self._in_window(st, last)):
                continue
            dot = _dot(terms, weights, st.centroid)
            if self.params.link == "average":
                sim = dot / len(st.members)
            elif self.params.link == "mix":
                sim = math.sqrt(dot / st.norm() * dot / len(st.members))
            else:
                sim = dot / st.norm()
            if days and st.days and not (days & st.days):
                sim *= self.params.day_conflict
            if sim > best_sim + 1e-12:
                best_id, best_sim = sid, sim
        return best_id, best_sim

    def assign(self, doc_id: str, vec: dict[str, float], day: date | None) -> tuple[str, float]:
        """Put one document into the best open story or a new one; return (story_id, similarity)."""
        sid, sim = self.best(vec, day)
        if sid is None or sim < self.params.threshold:
            sid = content_hash(doc_id, prefix="sto_")
            self._new_story(sid)
            sim = 1.0
        self.add_story_member(self.stories[sid], doc_id, vec, day)
        if self.params.merge_threshold is not None:
            sid = self._merge_around(sid)
        return sid, sim

    def _merge_around(self, sid: str) -> str:
        """After a story grew, merge it with any open story whose centroid is now close enough."""
        while True:
            st = self.stories[sid]
            n = st.norm()
            cvec = {t: x / n for t, x in st.centroid.items()}
            other, sim = self.best(cvec, st.first, exclude=sid, last=st.last)
            if other is None or self.params.merge_threshold is None or sim < self.params.merge_threshold:
                return sid
            a, b = sorted((st, self.stories[other]), key=lambda s: s.seq)
            self._absorb(a, b)
            sid = a.id

    def _absorb(self, keep: Story, gone: Story) -> None:
        keep._norm = None
        for t, x in gone.centroid.items():
            keep.centroid[t] = keep.centroid.get(t, 0.0) + x
            p = self.postings[t]
            p.discard(gone.id)
            p.add(keep.id)
        keep.members.extend(gone.members)
        keep.days |= gone.days
        for d in (gone.first, gone.last):
            if d is not None:
                keep.first = d if keep.first is None else min(keep.first, d)
                keep.last = d if keep.last is None else max(keep.last, d)
        del self.stories[gone.id]
        self.merged[gone.id] = keep.id

    def close_before(self, day: date) -> list[str]:
        """Drop stories whose last document is more than the window before ``day`` (keeps memory flat)."""
        # A story's last day only moves later, so once closed for a day, closing again for that day or an
        # earlier one finds nothing: documents come day by day, and the scan is once a day, not once a document.
        if self._closed_at is not None and day <= self._closed_at:
            return []
        self._closed_at = day
        w = self.params.window_days
        gone = [sid for sid, st in self.stories.items() if st.last is not None and (day - st.last).days > w]
        for sid in gone:
            st = self.stories.pop(sid)
            for t in st.centroid:
                s = self.postings.get(t)
                if s is not None:
                    s.discard(sid)
                    if not s:
                        del self.postings[t]
        return gone


@dataclass(frozen=True)
class StoryDoc:
    id: str
    text: str
    published: str | None = None
    title: str | None = None

    @property
    def day(self) -> date | None:
        return _parse_date(self.published)

    def sort_key(self) -> tuple:
        d = self.day
        return (d.isoformat() if d else "9999-99-99", text_hash(self.text), self.id)


def cluster_documents(docs: Iterable[StoryDoc], params: StoryParams = StoryParams()) -> dict[str, tuple[str, float]]:
    """Cluster a batch of documents into stories: ``{doc.id: (story_id, similarity)}``.

    The same documents in any order give the same result (canonical order, batch-wide IDF).
    """
    docs = sorted(docs, key=StoryDoc.sort_key)
    feats = [features(d.text, d.title, d.day) for d in docs]
    idf = IDF()
    for f in feats:
        idf.add(f)
    index = StoryIndex(idf, params)
    out: dict[str, tuple[str, float]] = {}
    for d, f in zip(docs, feats):
        day = d.day
        if day is not None:
            index.close_before(day)
        out[d.id] = index.assign(d.id, vectorize(f, idf, params), day)
    out = {k: (index.resolve(sid), sim) for k, (sid, sim) in out.items()}
    if params.refine:
        out = _refine(docs, [vectorize(f, idf, params) for f in feats], out, params)
    return out


def _refine(docs, vecs, out, params):
    """k-means style passes over a batch: move each document to the story whose centroid (without the
    document itself) is most similar and whose dates are within the window, or to a story of its own when
    none reaches the threshold. Deterministic: the same canonical order and tie-breaks as the first pass."""
    w = params.window_days
    for _ in range(params.refine):
        cents: dict[str, dict[str, float]] = defaultdict(dict)
        size: Counter = Counter()
        span: dict[str, tuple[date, date]] = {}
        for d, v in zip(docs, vecs):
            sid = out[d.id][0]
            size[sid] += 1
            c = cents[sid]
            for t, x in v.items():
                c[t] = c.get(t, 0.0) + x
            day = d.day
            if day is not None:
                lo, hi = span.get(sid, (day, day))
                span[sid] = (min(lo, day), max(hi, day))
        norm2 = {sid: sum(x * x for x in c.values()) for sid, c in cents.items()}
        sdays: dict[str, Counter] = defaultdict(Counter)
        for d, v in zip(docs, vecs):
            sdays[out[d.id][0]].update(t for t in v if t[0] == "d")
        post: dict[str, set[str]] = defaultdict(set)
        for sid, c in cents.items():
            for t in c:
                post[t].add(sid)
        moved, new = 0, {}
        for d, v in zip(docs, vecs):
            own, day = out[d.id][0], d.day
            mydays = Counter(t for t in v if t[0] == "d")
            terms, weights = list(v), list(v.values())
            cand: set[str] = set()
            for t in _top_terms(v, params.candidate_terms):
                cand.update(post.get(t, ()))
            best, bsim = None, -1.0
            for sid in sorted(cand):
                if sid == own:
                    if size[sid] == 1:
                        continue
                elif day is not None and sid in span:
                    lo, hi = span[sid]
                    if (day - lo).days > w or (hi - day).days > w:
                        continue
                dot = _dot(terms, weights, cents[sid])
                n2 = norm2[sid]
                if sid == own:                      # the centroid without this document
                    dot, n2 = dot - 1.0, n2 - 2 * dot + 1.0
                if n2 <= 1e-12:
                    continue
                sim = dot / math.sqrt(n2)
                if mydays:
                    other = sdays[sid] - mydays if sid == own else sdays[sid]
                    if other and not (set(other) & set(mydays)):
                        sim *= params.day_conflict
                if sim > bsim + 1e-12:
                    best, bsim = sid, sim
            if best is None or bsim < params.threshold:
                best, bsim = (own if size[own] == 1 else content_hash(d.id, prefix="sto_")), 1.0
            moved += best != own
            new[d.id] = (best, round(bsim, 6))
        out = new
        if not moved:
            break
    return out
