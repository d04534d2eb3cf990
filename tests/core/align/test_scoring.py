"""The lexical and combined scores stay in 0..1 and reward the right evidence."""

from __future__ import annotations

import numpy as np

from core.align.features import PairFeatures
from core.align.scoring import LEXICAL, WITH_EMBEDDINGS, combined_score, lexical_score


def _f(cover_a: float, cover_b: float, clause: float, weight: float) -> PairFeatures:
    one = np.ones(1)
    return PairFeatures(one * cover_a, one * cover_b, one * clause, one * weight, one * 0, one * 0)


def test_full_overlap_of_rare_words_scores_high_and_thin_overlap_low() -> None:
    assert lexical_score(_f(1, 1, 1, 20), LEXICAL)[0] > 0.95
    assert lexical_score(_f(1, 1, 1, 1), LEXICAL)[0] < 0.15


def test_scores_are_bounded() -> None:
    for s in (LEXICAL, WITH_EMBEDDINGS):
        lex = lexical_score(_f(1, 1, 1, 100), s)
        assert 0.0 <= lex[0] <= 1.0
        assert 0.0 <= combined_score(lex, np.array([1.0]), s)[0] <= 1.0
        assert combined_score(lex, np.array([-0.5]), s)[0] >= 0.0


def test_without_embeddings_the_lexical_score_stands() -> None:
    lex = np.array([0.3])
    assert combined_score(lex, None, WITH_EMBEDDINGS)[0] == 0.3
