"""Near-duplicate detection with MinHash LSH (datasketch) over word 5-shingles.

The index is persistent: the store keeps every document's MinHash signature and one 64-bit key per LSH band
(``band_keys``), so a new document is checked against the stored ones by looking up its own band keys
(``best_match`` over the candidates that share a band) instead of loading every signature into memory.
"""
from __future__ import annotations

import hashlib
import re

import numpy as np

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, k: int = 5) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + k]).encode("utf-8") for i in range(len(words) - k + 1)}


class Signature:
    """The hash values of a MinHash: what comparing and banding need (the estimate equals ``MinHash.jaccard``)."""

    __slots__ = ("hashvalues",)

    def __init__(self, hashvalues: np.ndarray):
        self.hashvalues = hashvalues

    def __len__(self) -> int:
        return len(self.hashvalues)

    def jaccard(self, other) -> float:
        if len(other.hashvalues) != len(self.hashvalues):   # another permutation count: nothing in common
            return 0.0
        return float(np.count_nonzero(self.hashvalues == other.hashvalues)) / float(len(self.hashvalues))


# Every LSH candidate is checked against the threshold in ``query``, so false positives cost one Jaccard
# estimate while false negatives are lost near-duplicates: weight the LSH bands for recall. (The default equal
# weights gave 4 bands of 15 rows at 64 permutations: only ~60% recall at J=0.9.)
LSH_WEIGHTS = (0.05, 0.95)

# datasketch's optimal banding (bands, rows) for the shipped settings, so that a process that only compares
# stored signatures (the ingest's single writer) needs neither datasketch nor the scipy it imports (~0.5 s of
# start-up). tests/test_foundation_ingest.py checks each entry against datasketch; other settings ask it.
KNOWN_BANDING = {(0.85, 64): (8, 8)}


def banding(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) of the LSH index for this threshold and permutation count."""
    known = KNOWN_BANDING.get((threshold, num_perm))
    if known is not None:
        return known
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm, weights=LSH_WEIGHTS)
    return lsh.b, lsh.r


class NearDuplicateIndex:
    """An incremental LSH index. ``query`` returns the best stored match above the threshold.

    The in-memory datasketch index behind ``add``/``query`` is built on first use; the store path
    (``band_keys``, ``best_match``, ``from_bytes``) never builds it."""

    def __init__(self, threshold: float = 0.85, num_perm: int = 64):
        self.threshold = threshold
        self.num_perm = num_perm
        self.bands, self.rows = banding(threshold, num_perm)
        self._lsh = None
        self._sigs: dict[str, object] = {}

    @property
    def lsh(self):
        if self._lsh is None:
            from datasketch import MinHashLSH

            self._lsh = MinHashLSH(threshold=self.threshold, num_perm=self.num_perm, weights=LSH_WEIGHTS)
        return self._lsh

    def minhash(self, text: str):
        from datasketch import MinHash

        m = MinHash(num_perm=self.num_perm, seed=1, scheme="affine32")
        sh = shingles(text)
        if sh:
            m.update_batch(list(sh))
        return m

    def to_bytes(self, m) -> bytes:
        return np.asarray(m.hashvalues, dtype=np.uint64).tobytes()

    def from_bytes(self, data: bytes) -> "Signature | None":
        """A stored signature, for ``band_keys``, ``best_match`` and ``jaccard`` (None for one of another
        permutation count). A plain array, not a datasketch ``MinHash``: building one draws its permutations
        again (~0.8 ms), which made the single writer the bottleneck of a parallel ingest."""
        hv = np.frombuffer(data, dtype=np.uint64)
        if len(hv) != self.num_perm:
            return None
        return Signature(hv)

    @property
    def params(self) -> str:
        """The banding (threshold, permutations, bands x rows): stored band keys are valid for one banding."""
        return f"minhash-bands-1 t={self.threshold} perm={self.num_perm} b={self.bands} r={self.rows}"

    def band_keys(self, m) -> list[int]:
        """One signed 64-bit key per LSH band: two documents are candidates when they share a key."""
        hv = np.asarray(m.hashvalues, dtype=np.uint64)
        r = self.rows
        out = []
        for b in range(self.bands):
            h = hashlib.blake2b(hv[b * r:(b + 1) * r].tobytes(), digest_size=8, person=b"marsad-band%03d" % b)
            out.append(int.from_bytes(h.digest(), "big", signed=True))
        return out

    def best_match(self, m, candidates: dict[str, object]) -> tuple[str, float] | None:
        """The best candidate signature at or above the threshold (ties: the smaller id), as ``query``."""
        best = None
        for key, other in candidates.items():
            sim = m.jaccard(other)
            if sim >= self.threshold and (best is None or sim > best[1] or (sim == best[1] and key < best[0])):
                best = (key, float(sim))
        return best

    def add(self, key: str, m) -> None:
        if key in self._sigs:
            return
        self._sigs[key] = m
        self.lsh.insert(key, m)

    def query(self, m) -> tuple[str, float] | None:
        return self.best_match(m, {key: self._sigs[key] for key in self.lsh.query(m)})

    def __len__(self) -> int:
        return len(self._sigs)
