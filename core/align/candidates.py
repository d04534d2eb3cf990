"""Which sentence pairs are worth scoring: blocking by shared rare words (and nearest embeddings).

Scoring every pair is quadratic. Two sentences that report the same thing almost always share
at least one distinctive word, so an inverted index over words found in at most `max_df`
sentences lists the pairs to verify. Small source pairs (a few thousand pairs) are scored
in full, so nothing is lost where the cost is negligible.
"""

from __future__ import annotations

import numpy as np

from core.align.features import Encoded

# Up to this many pairs per source pair every pair is scored.
SMALL_PAIRS = 5_000


def lexical_candidates(a: Encoded, b: Encoded, df: np.ndarray, max_df: int) -> tuple[np.ndarray, np.ndarray]:
    """Sorted unique pairs (i, j) that share a word occurring in at most max_df sentences."""
    n, m = len(a), len(b)
    if n * m <= SMALL_PAIRS:
        i, j = np.divmod(np.arange(n * m, dtype=np.int64), m)
        return i, j
    a_owner, a_tok = _entries(a, df, max_df)
    b_owner, b_tok = _entries(b, df, max_df)
    order = np.argsort(b_tok, kind="stable")
    b_owner, b_tok = b_owner[order], b_tok[order]
    lo = np.searchsorted(b_tok, a_tok, side="left")
    hi = np.searchsorted(b_tok, a_tok, side="right")
    lens = hi - lo
    i = np.repeat(a_owner, lens)
    offsets = np.arange(int(lens.sum()), dtype=np.int64) - np.repeat(np.cumsum(lens) - lens, lens)
    j = b_owner[np.repeat(lo, lens) + offsets]
    keys = np.unique(i * m + j)
    return np.divmod(keys, m)


def _entries(x: Encoded, df: np.ndarray, max_df: int) -> tuple[np.ndarray, np.ndarray]:
    owner = np.repeat(np.arange(len(x), dtype=np.int64), np.diff(x.ptr))
    keep = df[x.tokens] <= max_df
    return owner[keep], x.tokens[keep]


def embedding_candidates(left: np.ndarray, right: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Each sentence's k nearest neighbours on the other side by cosine (rows are L2-normalised)."""
    if len(left) == 0 or len(right) == 0 or k <= 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    keys = [_nearest(left, right, k, len(right), flip=False), _nearest(right, left, k, len(right), flip=True)]
    both = np.unique(np.concatenate(keys))
    return np.divmod(both, len(right))


def _nearest(x: np.ndarray, y: np.ndarray, k: int, m: int, *, flip: bool) -> np.ndarray:
    out = []
    kk = min(k, len(y))
    for lo in range(0, len(x), 1024):
        sims = x[lo : lo + 1024] @ y.T
        top = np.argpartition(-sims, kk - 1, axis=1)[:, :kk]
        rows = np.repeat(np.arange(lo, lo + len(sims), dtype=np.int64), kk)
        cols = top.reshape(-1).astype(np.int64)
        out.append(cols * m + rows if flip else rows * m + cols)
    return np.concatenate(out)


def union(
    first: tuple[np.ndarray, np.ndarray], second: tuple[np.ndarray, np.ndarray], m: int
) -> tuple[np.ndarray, np.ndarray]:
    """Sorted unique union of two pair lists over a right side of m sentences."""
    keys = np.unique(np.concatenate([first[0] * m + first[1], second[0] * m + second[1]]))
    return np.divmod(keys, m)
