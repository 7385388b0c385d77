"""Near-duplicate detection with MinHash LSH (datasketch) over word 5-shingles."""
from __future__ import annotations

import re

import numpy as np

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, k: int = 5) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + k]).encode("utf-8") for i in range(len(words) - k + 1)}


class NearDuplicateIndex:
    """An incremental LSH index. ``query`` returns the best stored match above the threshold."""

    def __init__(self, threshold: float = 0.85, num_perm: int = 64):
        from datasketch import MinHashLSH

        self.threshold = threshold
        self.num_perm = num_perm
        # Every LSH candidate is checked against the threshold in ``query``, so false positives cost one
        # Jaccard estimate while false negatives are lost near-duplicates: weight the LSH bands for recall.
        # (The default equal weights gave 4 bands of 15 rows at 64 permutations: only ~60% recall at J=0.9.)
        self.lsh = MinHashLSH(threshold=threshold, num_perm=num_perm, weights=(0.05, 0.95))
        self._sigs: dict[str, object] = {}

    def minhash(self, text: str):
        from datasketch import MinHash

        m = MinHash(num_perm=self.num_perm, seed=1, scheme="affine32")
        sh = shingles(text)
        if sh:
            m.update_batch(list(sh))
        return m

    def to_bytes(self, m) -> bytes:
        return np.asarray(m.hashvalues, dtype=np.uint64).tobytes()

    def from_bytes(self, data: bytes):
        from datasketch import MinHash

        hv = np.frombuffer(data, dtype=np.uint64)
        if len(hv) != self.num_perm:
            return None
        return MinHash(num_perm=self.num_perm, seed=1, hashvalues=hv, scheme="affine32")

    def add(self, key: str, m) -> None:
        if key in self._sigs:
            return
        self._sigs[key] = m
        self.lsh.insert(key, m)

    def query(self, m) -> tuple[str, float] | None:
        best = None
        for key in self.lsh.query(m):
            sim = m.jaccard(self._sigs[key])
            if sim >= self.threshold and (best is None or sim > best[1] or (sim == best[1] and key < best[0])):
                best = (key, float(sim))
        return best

    def __len__(self) -> int:
        return len(self._sigs)
