"""Turn the evidence for one pair into the three scores selection works with.

`lexical` (IDF-weighted word overlap, clause coverage, anchors), `cosine` (sentence embedding,
when a model is available) and `combined` (their mix). The weights live in `Settings`; the two
profiles below were chosen by measurement on half of the development clusters and checked on
the other half (bench/quality.py; numbers in the issue's closing note).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.align.features import PairFeatures


@dataclass(frozen=True)
class Settings:
    """Every tunable number of the engine, in one place."""

    # lexical score: w_max * coverage of the better-covered side + w_min * the worse-covered side
    # + w_clause * best clause coverage, damped while the shared IDF weight is below `saturate`
    w_max: float = 0.3
    w_min: float = 0.7
    w_clause: float = 0.1
    min_clause: float = 2.0  # a clause lighter than this IDF weight is too short to count alone
    saturate: float = 12.0
    anchor_bonus: float = 0.0  # per shared number or name, at most two (measured: no gain, so off)
    # embeddings
    w_lexical: float = 1.0  # share of the combined score from the lexical score
    emb_floor: float = 0.1  # cosine at or below which the embedding adds nothing
    emb_top_k: int = 3  # nearest neighbours added as candidates
    emb_max_sentences: int = 600  # above this many sentences in all, embeddings are skipped (speed)
    # selection (selection.py): a pair links when any rule holds
    lexical_mutual: float = 0.15  # mutual best by lexical score, at least this
    cosine_mutual: float = 2.0  # mutual best by cosine, at least this (off without a model)
    combined_best: float = 0.28  # best of one end (within `relative`) by combined score, at least this
    relative: float = 0.97
    lexical_always: float = 1.0  # any pair this close in wording
    same_words: float = 0.9  # any pair where both sentences share this much of their word weight
    # blocking
    max_df: int = 25


LEXICAL = Settings()
WITH_EMBEDDINGS = Settings(
    w_max=0.1,
    w_min=0.6,
    w_clause=0.1,
    saturate=5.0,
    w_lexical=0.55,
    emb_floor=0.1,
    lexical_mutual=0.15,
    cosine_mutual=0.45,
    combined_best=0.35,
    relative=1.0,
    lexical_always=0.75,
)


def lexical_score(f: PairFeatures, s: Settings) -> np.ndarray:
    """Lexical evidence in 0..1 per pair."""
    hi, lo = np.maximum(f.cover_a, f.cover_b), np.minimum(f.cover_a, f.cover_b)
    base = s.w_max * hi + s.w_min * lo + s.w_clause * f.clause
    thin = np.minimum(1.0, f.shared_weight / s.saturate) if s.saturate > 0 else 1.0
    bonus = s.anchor_bonus * np.minimum(2.0, f.numbers + f.names)
    return np.minimum(1.0, base * thin + bonus)


def combined_score(lex: np.ndarray, cosine: np.ndarray | None, s: Settings) -> np.ndarray:
    """Mix lexical and embedding evidence; without an embedding the lexical score stands."""
    if cosine is None:
        return lex
    emb = np.maximum(0.0, (cosine - s.emb_floor) / (1.0 - s.emb_floor))
    return s.w_lexical * lex + (1.0 - s.w_lexical) * emb
