"""Batch lexical features: IDF-weighted coverage, clause coverage and anchors."""

from __future__ import annotations

import numpy as np

from core.align.features import Lookup, encode, pair_features, vocabulary
from core.align.tokens import stemmer_for, tokenize

STEM = stemmer_for("en")


def _features(left: list[str], right: list[str]):
    toks = [[tokenize(t, STEM) for t in left], [tokenize(t, STEM) for t in right]]
    vocab = vocabulary(toks)
    a, b = encode(toks[0], vocab), encode(toks[1], vocab)
    i, j = np.divmod(np.arange(len(left) * len(right)), len(right))
    return pair_features(a, b, Lookup(a, vocab), Lookup(b, vocab), i, j, vocab, 2.0), len(right)


def test_identical_sentences_cover_each_other_fully() -> None:
    f, _ = _features(["The ferry sank off Kellen Point."], ["The ferry sank off Kellen Point."])
    assert f.cover_a[0] == f.cover_b[0] == 1.0
    assert f.names[0] == 2  # Kellen, Point


def test_short_sentence_inside_a_long_one_is_covered_on_its_side_only() -> None:
    long = "Rescuers pulled 14 people from the water, and the ferry company said the captain was safe."
    f, _ = _features([long], ["Rescuers pulled 14 people from the water."])
    assert f.cover_b[0] > 0.9
    assert f.cover_a[0] < 0.7
    assert f.clause[0] > 0.9
    assert f.numbers[0] == 1


def test_rare_words_weigh_more_than_common_ones() -> None:
    left = ["The storm closed the harbour.", "The storm closed the school.", "The storm hit the town."]
    right = ["A storm closed the harbour.", "The wind was strong."]
    f, m = _features(left, right)
    shared_rare = f.shared_weight[0 * m + 0]  # harbour shared
    shared_common = f.shared_weight[1 * m + 0]  # only storm/closed/the shared
    assert shared_rare > shared_common


def test_disjoint_sentences_have_no_evidence() -> None:
    f, _ = _features(["Apples grow on trees."], ["Quarterly profits fell sharply."])
    assert f.shared_weight[0] == 0.0 and f.cover_a[0] == 0.0 and f.clause[0] == 0.0


def test_bitmap_and_binary_search_lookups_agree(monkeypatch) -> None:
    import core.align.features as features

    left = ["Rescuers pulled 14 people from the water.", "The captain was safe."]
    right = ["Fourteen people were pulled from the water by rescuers.", "Nobody saw the captain."]
    fast, _ = _features(left, right)
    monkeypatch.setattr(features, "_BITMAP_MAX", 0)
    slow, _ = _features(left, right)
    assert np.allclose(fast.cover_a, slow.cover_a) and np.allclose(fast.clause, slow.clause)
