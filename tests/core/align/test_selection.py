"""Global link choice: mutual best, best-of-one-end (1:n), thresholds."""

from __future__ import annotations

import numpy as np

from core.align.scoring import LEXICAL, Settings
from core.align.selection import PairScores, select


def _pairs(matrix: list[list[float]], cosine: list[list[float]] | None = None) -> PairScores:
    m = np.array(matrix)
    i, j = np.divmod(np.arange(m.size), m.shape[1])
    cos = np.array(cosine).reshape(-1) if cosine is not None else None
    return PairScores(i, j, m.reshape(-1), cos, m.reshape(-1), np.zeros(m.size))


def _chosen(p: PairScores, n: int, m: int, s: Settings = LEXICAL) -> set[tuple[int, int]]:
    mask = select(p, n, m, s)
    return {(int(a), int(b)) for a, b in zip(p.i[mask], p.j[mask], strict=True)}


def test_mutual_best_links_and_weak_leftovers_do_not() -> None:
    p = _pairs([[0.6, 0.1], [0.2, 0.05]])
    assert _chosen(p, 2, 2) == {(0, 0)}


def test_one_sentence_may_link_to_two_when_each_is_its_partners_best() -> None:
    # row 0 is a long sentence; columns 0 and 1 each report half of it
    p = _pairs([[0.5, 0.45], [0.1, 0.1]])
    assert _chosen(p, 2, 2) == {(0, 0), (0, 1)}


def test_best_of_one_end_still_needs_a_solid_score() -> None:
    p = _pairs([[0.5, 0.2], [0.1, 0.05]])
    assert _chosen(p, 2, 2) == {(0, 0)}


def test_the_same_words_always_link() -> None:
    p = _pairs([[0.05, 0.0], [0.0, 0.01]])
    p = PairScores(p.i, p.j, p.lexical, None, p.combined, np.array([1.0, 0.0, 0.0, 0.0]))
    assert (0, 0) in _chosen(p, 2, 2)


def test_cosine_mutual_best_links_a_paraphrase_with_little_shared_wording() -> None:
    s = Settings(cosine_mutual=0.45)
    p = _pairs([[0.05, 0.0], [0.0, 0.05]], cosine=[[0.7, 0.1], [0.2, 0.3]])
    assert (0, 0) in _chosen(p, 2, 2, s)
    assert (1, 1) not in _chosen(p, 2, 2, s)
