"""Token matching: token states from the shipped model, IDF weights, and coverage against a plain reference."""

from __future__ import annotations

import numpy as np
import pytest

from core.align import embedding
from core.align.embedding import get_embedder
from core.align.learned import align_learned
from core.align.token_match import SourceTokens, embed_with_tokens, token_match
from core.model import Sentence
from core.resources import resource_path


@pytest.fixture(scope="module")
def embedder() -> embedding.Embedder:
    model = get_embedder(resource_path("models", embedding.MODEL_NAME))
    assert model is not None and model.has_tokens
    return model


def test_token_states_come_with_the_same_sentence_vectors(embedder: embedding.Embedder) -> None:
    texts = ["Talks between the ferry company and the union broke down.", "!!!", ""]
    vectors, tokens = embedder.encode_tokens(texts)
    np.testing.assert_array_equal(vectors, embedder.encode(texts))
    counts = np.diff(tokens.ptr)
    assert counts[0] == 10  # the ten words, no [CLS], [SEP] or full stop
    assert counts[1] >= 1 and counts[2] >= 1  # nothing but punctuation, or nothing: kept, never empty
    np.testing.assert_allclose(np.linalg.norm(tokens.vectors, axis=1), 1.0, atol=1e-5)


def test_a_clause_that_says_the_short_sentence_covers_it(embedder: embedding.Embedder) -> None:
    long = [
        "Heavy rain flooded the coast road on Sunday, and negotiations between the dockers and the port "
        "authority collapsed after nine hours."
    ]
    # a paraphrase of one clause, and a decoy with the same people, place and day
    short = [
        "Talks between dockers and the port broke down.",
        "Dockers at the port voted on Sunday to accept a new offer.",
    ]
    _, (ta, tb) = embed_with_tokens(embedder, [long, short])
    i, j = np.array([0, 0]), np.array([0, 1])
    low, high = token_match(ta, tb, i, j).T
    assert high[0] > high[1] + 0.05  # the clause covers the paraphrase
    assert high[0] > low[0] + 0.1  # which covers only part of the long sentence


def test_words_every_sentence_repeats_weigh_less(embedder: embedding.Embedder) -> None:
    texts = [["Kessby harbour fire", "harbour wall"], ["harbour crane"]]
    _, tokens = embed_with_tokens(embedder, texts)
    first = tokens[0].weight[: tokens[0].ptr[1]]
    # "harbour" is in all three sentences, "kessby" and "fire" in one: the rare pieces weigh more
    assert first.min() < first.max()


def _reference(ta: SourceTokens, tb: SourceTokens, a: int, b: int) -> tuple[float, float]:
    va, wa = ta.vectors[ta.ptr[a] : ta.ptr[a + 1]], ta.weight[ta.ptr[a] : ta.ptr[a + 1]]
    vb, wb = tb.vectors[tb.ptr[b] : tb.ptr[b + 1]], tb.weight[tb.ptr[b] : tb.ptr[b + 1]]
    if len(va) == 0 or len(vb) == 0:
        return 0.0, 0.0
    sim = va @ vb.T
    x = float(wa @ sim.max(1) / wa.sum())
    y = float(wb @ sim.max(0) / wb.sum())
    return min(x, y), max(x, y)


def test_grouped_products_equal_pair_by_pair_matching() -> None:
    rng = np.random.default_rng(7)

    def source(lengths: list[int]) -> SourceTokens:
        v = rng.normal(size=(sum(lengths), 8)).astype(np.float32)
        v /= np.linalg.norm(v, axis=1, keepdims=True)
        return SourceTokens(np.r_[0, np.cumsum(lengths)], v, rng.uniform(0.1, 2.0, sum(lengths)))

    ta, tb = source([3, 0, 5, 1]), source([2, 4, 0, 6, 1])
    i = np.array([2, 0, 2, 1, 3, 0, 2])
    j = np.array([3, 1, 0, 4, 2, 4, 2])
    got = token_match(ta, tb, i, j)
    want = np.array([_reference(ta, tb, int(a), int(b)) for a, b in zip(i, j, strict=True)])
    np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-6)
    assert token_match(ta, tb, np.zeros(0, np.int64), np.zeros(0, np.int64)).shape == (0, 2)


class _NoTokens:
    """A sentence model built before the graph gave token states."""

    has_tokens = False

    def __init__(self, inner: embedding.Embedder) -> None:
        self.inner = inner

    def encode(self, texts: list[str]) -> np.ndarray:
        return self.inner.encode(texts)


def test_a_model_without_token_states_falls_back_to_the_hand_tuned_engine(embedder: embedding.Embedder) -> None:
    a = Sentence("s1:0", "s1", 0, 0, 30, "The bridge reopened on Monday.")
    b = Sentence("s2:0", "s2", 0, 0, 34, "On Monday the bridge was reopened.")
    links = align_learned([[a], [b]], embedder=_NoTokens(embedder))
    assert [(k.a, k.b) for k in links] == [("s1:0", "s2:0")]
