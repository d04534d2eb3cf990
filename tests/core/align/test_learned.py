"""The learned pair scorer: shipped weights, contract of its links, determinism, cancel, invented sets."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np
import pytest

from core.align import align
from core.align.embedding import TokenVectors
from core.align.features import encode, vocabulary
from core.align.learned import (
    FEATURES,
    WEIGHTS,
    _absent,
    _diagonal,
    _measure_features,
    _measures,
    _present,
    _ranks,
    align_learned,
    load_model,
    select_links,
)
from core.errors import Cancelled
from core.model import Comparison, Sentence
from core.progress import Job
from tests.core.align.fixtures import A, B, found_links, load, unique_marked, wrong_links


def _slot(word: str) -> int:
    return hashlib.md5(word.strip(".,").encode()).digest()[0] % 64


class HashEmbedder:
    """A stand-in model: bag-of-words hashed into 64 dimensions, L2-normalised; one token per word."""

    has_tokens = True

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), 64), dtype=np.float32)
        for r, t in enumerate(texts):
            for w in t.lower().split():
                out[r, _slot(w)] += 1.0
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)

    def encode_tokens(self, texts: Sequence[str]) -> tuple[np.ndarray, TokenVectors]:
        words = [t.lower().split() or [""] for t in texts]
        slots = np.array([_slot(w) for ws in words for w in ws], dtype=np.int64)
        ptr = np.r_[0, np.cumsum([len(ws) for ws in words])].astype(np.int64)
        vectors = np.zeros((len(slots), 64), dtype=np.float32)
        vectors[np.arange(len(slots)), slots] = 1.0
        return self.encode(texts), TokenVectors(ptr, slots, vectors)


def _sources(*texts: Sequence[str]) -> list[list[Sentence]]:
    return [
        [Sentence(f"s{n}:{i}", f"s{n}", i, 0, len(t), t) for i, t in enumerate(sents)]
        for n, sents in enumerate(texts, start=1)
    ]


C = [
    "Four climbers stuck on Mount Orrin were brought down by fire crews on Sunday.",
    "The hut on Mount Orrin stays shut until the path has been repaired.",
]


@lru_cache(maxsize=1)
def _real_embedder() -> Any:
    from core.align import load_embedder

    return load_embedder()


def test_shipped_weights_load_and_match_the_features() -> None:
    assert WEIGHTS.exists()
    model = load_model()
    assert model.features == FEATURES
    assert model.coef.shape == model.mean.shape == model.scale.shape == (len(FEATURES),)
    assert np.all(model.scale > 0)
    assert 0.0 < model.mutual_threshold <= model.threshold < 1.0
    assert 0.0 < model.margin <= 1.0
    assert load_model() is model  # cached


def test_links_follow_the_contract_and_never_join_one_source() -> None:
    sources = _sources(A, B, C)
    links = align_learned(sources, embedder=HashEmbedder())
    assert links
    src = {s.id: s.source for sents in sources for s in sents}
    for link in links:
        assert link.relation == "shared"
        assert 0.0 <= link.score <= 1.0
        assert src[link.a] != src[link.b]
    keys = {link.key() for link in links}
    assert frozenset(("s1:0", "s2:1")) in keys  # the rescue, reworded
    assert frozenset(("s1:1", "s2:0")) in keys  # stranded by a rock fall, reordered


def test_same_input_same_links() -> None:
    first = align_learned(_sources(A, B, C), embedder=HashEmbedder())
    second = align_learned(_sources(A, B, C), embedder=HashEmbedder())
    assert first == second


def test_cancel_raises_and_progress_reaches_the_end() -> None:
    with pytest.raises(Cancelled):
        align_learned(_sources(A, B), embedder=HashEmbedder(), job=Job(cancel=lambda: True))
    seen: list[float] = []
    align_learned(_sources(A, B, C), embedder=HashEmbedder(), job=Job(progress=lambda f, _m: seen.append(f)))
    assert seen == sorted(seen)
    assert seen[-1] == 1.0


def test_without_a_model_the_hand_tuned_engine_answers() -> None:
    sources = _sources(A, B)
    assert align_learned(sources, embedder=None) == align(sources, embedder=None)


def test_ranks_and_margins_per_row() -> None:
    v = np.array([0.2, 0.9, 0.5, 0.7])
    row = np.array([0, 0, 0, 1])
    col = np.array([0, 1, 2, 0])
    rank, other = _ranks(v, row, col)
    assert rank.tolist() == [2, 0, 1, 0]
    assert other.tolist() == [0.9, 0.5, 0.9, 0.0]  # a lone candidate has no rival


def test_diagonal_support_is_the_best_of_the_neighbouring_candidate_pairs() -> None:
    # candidates (0,0) (1,1) (2,2) run down the diagonal; (2,0) is a lone match; (0,2) has neighbour (1,3) only
    i = np.array([0, 1, 2, 2, 0, 1])
    j = np.array([0, 1, 2, 0, 2, 3])
    v = np.array([0.9, 0.8, 0.7, 0.6, 0.5, 0.4])
    out = _diagonal(v, i, j, size_b=4)
    assert out.tolist() == [0.8, 0.9, 0.8, 0.0, 0.4, 0.5]


def test_absent_is_the_share_of_a_sentences_weight_the_other_source_lacks() -> None:
    from core.align.tokens import tokenize_sources

    toks = tokenize_sources([["The ferry sank near the harbour.", "A brass band played at the wake."],
                             ["The ferry sank near the harbour at dawn."]], ["en", "en"])
    vocab = vocabulary(toks)
    a, b = encode(toks[0], vocab), encode(toks[1], vocab)
    share = _absent(a, _present(b, vocab.size), vocab.idf)
    assert share[0] == 0.0  # every word of the first sentence is in the other article
    assert 0.8 < share[1] < 1.0  # the band and the wake are nowhere in it ("at" and "the" are)


def test_select_links_keeps_mutual_best_above_the_lower_bar() -> None:
    prob = np.array([0.25, 0.1, 0.05, 0.6])
    i = np.array([0, 0, 1, 1])
    j = np.array([0, 1, 0, 1])
    assert select_links(prob, i, j, threshold=0.5, mutual=0.2).tolist() == [True, False, False, True]
    assert select_links(prob, i, j, threshold=0.5, mutual=0.3).tolist() == [False, False, False, True]


def _run(name: str) -> tuple[dict[str, Any], Comparison]:
    gold, comp = load(name)
    by_source = [[s for s in comp.sentences_of(src.id) if s.status != "ignored"] for src in comp.sources]
    links = align_learned(by_source, embedder=_real_embedder())
    return gold, Comparison(comp.sources, comp.sentences, links).with_statuses()


@pytest.mark.parametrize("name", ["reorder", "one-to-many", "paraphrase"])
def test_invented_sets_are_aligned_exactly(name: str) -> None:
    if _real_embedder() is None:
        pytest.skip("the shipped embedding model is not available")
    gold, comp = _run(name)
    hits, total = found_links(gold, comp)
    assert hits == total
    assert wrong_links(gold, comp) == []
    marked, uniques = unique_marked(gold, comp)
    assert marked == uniques


def test_decoys_keep_their_real_links() -> None:
    if _real_embedder() is None:
        pytest.skip("the shipped embedding model is not available")
    gold, comp = _run("decoys")
    hits, total = found_links(gold, comp)
    assert hits == total


def test_select_links_takes_a_clear_winner_of_one_end() -> None:
    # row 0 has two partners: 0.45 leads 0.1 by 0.35; column 0 prefers row 1 (0.5), so 0.45 is no mutual best
    prob = np.array([0.45, 0.1, 0.5])
    i = np.array([0, 0, 1])
    j = np.array([0, 1, 0])
    assert select_links(prob, i, j, threshold=0.6, mutual=0.3).tolist() == [False, False, True]
    assert select_links(prob, i, j, threshold=0.6, mutual=0.3, margin=0.2).tolist() == [True, False, True]
    assert select_links(prob, i, j, threshold=0.6, mutual=0.3, margin=0.4).tolist() == [False, False, True]


def test_figures_of_one_kind_are_compared_per_unit_and_by_what_they_count() -> None:
    from core.facts.numbers import find_quantities

    texts = [
        "The outage costs the airline 4,100,000 dollars a day in lost fares.",
        "Every grounded day wipes $4.1 million off the airline's fares.",
        "Ticket prices rose almost 6 per cent.",
        "Ticket prices went up 5.6%.",
    ]
    figs = [_measures(find_quantities(t)[0]) for t in texts]
    x = _measure_features(figs, figs, np.array([0, 2, 0]), np.array([1, 3, 3]))
    assert x[0, 0] == 1 and x[0, 1] == 1  # "$/day" and "$" are one kind, and the amounts agree
    assert x[1].tolist()[:2] == [1, 1] and x[1, 2] >= 1  # hedged 6 vs 5.6 is near; both count prices
    assert x[2].tolist() == [0, 0, 0]  # money and a share are not comparable


def test_past_the_pair_budget_only_each_sentences_best_partners_are_scored(monkeypatch: pytest.MonkeyPatch) -> None:
    import core.align.learned as learned

    sources = _sources(A, B, C)
    full = learned.candidate_blocks(sources, languages=None, job=Job(), embedder=HashEmbedder())
    monkeypatch.setattr(learned, "PAIR_BUDGET", 0)
    monkeypatch.setattr(learned, "SHORTLIST", 1)
    short = learned.candidate_blocks(sources, languages=None, job=Job(), embedder=HashEmbedder())
    assert sum(len(b.i) for b in short) < sum(len(b.i) for b in full)
    for before, after in zip(full, short, strict=True):
        cos, lex = before.x[:, 0], before.x[:, 1]
        best = set()
        for v in (cos, lex):
            for group, other in ((before.i, before.j), (before.j, before.i)):
                rank, _ = _ranks(v, group, other)
                best |= {(int(x), int(y)) for x, y in zip(before.i[rank == 0], before.j[rank == 0], strict=True)}
        assert {(int(x), int(y)) for x, y in zip(after.i, after.j, strict=True)} == best
