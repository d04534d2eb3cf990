"""Second-stage evidence from the first-stage link probabilities: what the OTHER pairs say about a pair.

A pair's own features cannot see that its two sentences are both linked to one sentence of a
third source (transitivity), that the sentences just before and after them are linked too (runs
keep their local order even when articles reorder events), or that one of its ends has a far
better partner elsewhere (competition). These are read off the first-stage probabilities.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

__all__ = ["STRUCTURE_FEATURES", "ranks", "structure_features"]

STRUCTURE_FEATURES = (
    "logit1",
    "p_margin_row",
    "p_margin_col",
    "p_rank_row",
    "p_rank_col",
    "trans_max",
    "trans_mean",
    "has_third",
    "neigh_prev",
    "neigh_next",
)


def ranks(v: np.ndarray, group: np.ndarray, other: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per pair: rank of v within its group (0 = best, ties by index) and the best v of the rest of the group."""
    k = len(v)
    if k == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    order = np.lexsort((other, -v, group))
    g = group[order]
    start = np.r_[True, g[1:] != g[:-1]]
    first = np.maximum.accumulate(np.where(start, np.arange(k), 0))
    rank_sorted = np.arange(k) - first
    size = np.diff(np.r_[np.flatnonzero(start), k])
    size_sorted = np.repeat(size, size)
    best = v[order][first]
    second_idx = np.minimum(first + 1, k - 1)
    second = np.where(size_sorted > 1, v[order][second_idx], 0.0)
    other_sorted = np.where(rank_sorted == 0, second, best)
    rank = np.empty(k, dtype=np.int64)
    rank[order] = rank_sorted
    best_other = np.empty(k)
    best_other[order] = other_sorted
    return rank, best_other


def structure_features(
    sizes: Sequence[int],
    pairs: Sequence[tuple[int, int, np.ndarray, np.ndarray]],
    probs: Sequence[np.ndarray],
) -> list[np.ndarray]:
    """One (pairs, len(STRUCTURE_FEATURES)) matrix per block (p, q, i, j) from its first-stage probabilities."""
    dense: dict[tuple[int, int], np.ndarray] = {}
    for (p, q, i, j), pr in zip(pairs, probs, strict=True):
        m = np.zeros((sizes[p], sizes[q]))
        m[i, j] = pr
        dense[(p, q)] = m
        dense[(q, p)] = m.T
    n = len(sizes)
    out = []
    for (p, q, i, j), pr in zip(pairs, probs, strict=True):
        x = np.zeros((len(i), len(STRUCTURE_FEATURES)))
        pc = np.clip(pr, 1e-6, 1 - 1e-6)
        x[:, 0] = np.log(pc / (1 - pc))
        rank_r, other_r = ranks(pr, i, j)
        rank_c, other_c = ranks(pr, j, i)
        x[:, 1], x[:, 2] = pr - other_r, pr - other_c
        x[:, 3], x[:, 4] = np.log1p(rank_r), np.log1p(rank_c)
        thirds = [r for r in range(n) if r not in (p, q)]
        if thirds and len(i):
            via = np.stack([np.minimum(dense[(p, r)][i], dense[(r, q)][:, j].T).max(1) for r in thirds])
            x[:, 5], x[:, 6], x[:, 7] = via.max(0), via.mean(0), 1.0
        m = dense[(p, q)]
        prev = (i > 0) & (j > 0)
        x[prev, 8] = m[i[prev] - 1, j[prev] - 1]
        nxt = (i + 1 < sizes[p]) & (j + 1 < sizes[q])
        x[nxt, 9] = m[i[nxt] + 1, j[nxt] + 1]
        out.append(x)
    return out
