"""Choose the links of one source pair globally from its scored candidate pairs.

A fixed cut-off per pair links too much in articles full of similar sentences and too little
in terse ones, so each sentence's own best partner sets the bar: a pair links when it is the
mutual best by wording or by meaning (each above a low floor), or when it
is the best partner of at least one of its ends with a solid combined score (this lets one
sentence link to the two that split its content: 1:n), or when it is (nearly) the same words,
however short the texts and whatever the IDF.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.align.scoring import Settings


@dataclass(frozen=True)
class PairScores:
    """Scores of the candidate pairs (i[k], j[k]) of one source pair."""

    i: np.ndarray
    j: np.ndarray
    lexical: np.ndarray
    cosine: np.ndarray | None
    combined: np.ndarray
    overlap: np.ndarray  # share of the less-covered sentence's word weight found in the other


def select(p: PairScores, n: int, m: int, s: Settings) -> np.ndarray:
    """Boolean mask over the candidates: which pairs link."""
    chosen = _mutual_best(p.lexical, p.i, p.j, n, m) & (p.lexical >= s.lexical_mutual)
    row, col = _bests(p.combined, p.i, p.j, n, m)
    chosen |= (p.combined >= s.combined_best) & (p.combined >= s.relative * np.minimum(row[p.i], col[p.j]))
    chosen |= (p.lexical >= s.lexical_always) | (p.overlap >= s.same_words)
    if p.cosine is not None:
        chosen |= _mutual_best(p.cosine, p.i, p.j, n, m) & (p.cosine >= s.cosine_mutual)
    return chosen


def _bests(values: np.ndarray, i: np.ndarray, j: np.ndarray, n: int, m: int) -> tuple[np.ndarray, np.ndarray]:
    row = np.full(n, -np.inf)
    col = np.full(m, -np.inf)
    np.maximum.at(row, i, values)
    np.maximum.at(col, j, values)
    return row, col


def _mutual_best(values: np.ndarray, i: np.ndarray, j: np.ndarray, n: int, m: int) -> np.ndarray:
    """Pairs whose positive score is the best of both their row and their column (ties included)."""
    row, col = _bests(values, i, j, n, m)
    return (values > 0.0) & (values >= row[i]) & (values >= col[j])
