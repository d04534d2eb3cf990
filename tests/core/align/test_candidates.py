"""Blocking: every pair of small sources, rare-word pairs of large ones, embedding neighbours."""

from __future__ import annotations

import numpy as np

import core.align.candidates as candidates
from core.align.features import encode, vocabulary
from core.align.tokens import stemmer_for, tokenize

STEM = stemmer_for("en")


def _encoded(left: list[str], right: list[str]):
    toks = [[tokenize(t, STEM) for t in left], [tokenize(t, STEM) for t in right]]
    vocab = vocabulary(toks)
    a, b = encode(toks[0], vocab), encode(toks[1], vocab)
    df = np.zeros(vocab.size, dtype=np.int64)
    for e in (a, b):
        np.add.at(df, e.tokens, 1)
    return a, b, df


def test_small_sources_score_every_pair() -> None:
    a, b, df = _encoded(["One cat.", "Two dogs."], ["Three birds.", "Four fish.", "Five cows."])
    i, j = candidates.lexical_candidates(a, b, df, max_df=1)
    assert list(zip(i.tolist(), j.tolist(), strict=True)) == [(x, y) for x in range(2) for y in range(3)]


def test_large_sources_keep_only_pairs_sharing_a_rare_word(monkeypatch) -> None:
    monkeypatch.setattr(candidates, "SMALL_PAIRS", 0)
    left = ["the quay flooded", "the vote was close", "the quay reopened"]
    right = ["the quay was under water", "the count took all night"]
    a, b, df = _encoded(left, right)
    i, j = candidates.lexical_candidates(a, b, df, max_df=3)
    assert set(zip(i.tolist(), j.tolist(), strict=True)) == {(0, 0), (2, 0), (1, 0)}  # quay; 'was' (df 2)
    i, j = candidates.lexical_candidates(a, b, df, max_df=2)
    assert (0, 1) not in set(zip(i.tolist(), j.tolist(), strict=True))  # 'the' is everywhere


def test_embedding_neighbours_come_from_both_sides() -> None:
    left = np.eye(3, dtype=np.float32)
    right = np.eye(3, dtype=np.float32)[[2, 0]]
    i, j = candidates.embedding_candidates(left, right, k=1)
    pairs = set(zip(i.tolist(), j.tolist(), strict=True))
    assert (2, 0) in pairs and (0, 1) in pairs


def test_union_is_sorted_and_unique() -> None:
    first = (np.array([0, 1]), np.array([1, 0]))
    second = (np.array([1, 0]), np.array([0, 0]))
    i, j = candidates.union(first, second, m=2)
    assert list(zip(i.tolist(), j.tolist(), strict=True)) == [(0, 0), (0, 1), (1, 0)]
