"""The engine end to end on invented articles: reordering, 1:n, paraphrase, uniques, decoys."""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Sequence

import numpy as np
import pytest

import core.align
from core.align import align
from core.errors import Cancelled
from core.model import Sentence
from core.progress import Job
from tests.core.align.fixtures import A, B, found_links, run, unique_marked, wrong_links


def _sources(*texts: Sequence[str]) -> list[list[Sentence]]:
    out = []
    for n, sents in enumerate(texts, start=1):
        out.append([Sentence(f"s{n}:{i}", f"s{n}", i, 0, len(t), t) for i, t in enumerate(sents)])
    return out


class HashEmbedder:
    """A stand-in model: bag-of-words hashed into 64 dimensions, L2-normalised."""

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), 64), dtype=np.float32)
        for r, t in enumerate(texts):
            for w in t.lower().split():
                out[r, hashlib.md5(w.strip(".,").encode()).digest()[0] % 64] += 1.0
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)




def test_reordered_sentences_link_to_their_counterparts() -> None:
    links = {(k.a, k.b) for k in align(_sources(A, B), embedder=None)}
    assert ("s1:0", "s2:1") in links  # rescue
    assert ("s1:1", "s2:0") in links  # stranded by the rock fall


def test_a_decoy_sharing_only_a_name_stays_unlinked() -> None:
    links = {(k.a, k.b) for k in align(_sources(A, B), embedder=None)}
    assert not any(b in ("s2:2", "s2:3") for _, b in links)


def test_links_are_shared_with_scores_in_range_and_sorted() -> None:
    links = align(_sources(A, B, A[:2]), embedder=None)
    assert links and all(k.relation == "shared" and 0.0 <= k.score <= 1.0 for k in links)
    assert all(k.a.split(":")[0] != k.b.split(":")[0] for k in links)
    assert {k.a.split(":")[0] + k.b.split(":")[0] for k in links} == {"s1s2", "s1s3", "s2s3"}


@pytest.mark.parametrize(("name", "least"), [("reorder", 3), ("one-to-many", 2), ("paraphrase", 4), ("decoys", 2)])
def test_fixture_sets_lexically(name: str, least: int) -> None:
    """Wording alone finds these gold links (paraphrase beyond that needs the model)."""
    gold, comp = run(name)
    assert found_links(gold, comp)[0] >= least
    assert len(wrong_links(gold, comp)) <= 1
    marked, uniques = unique_marked(gold, comp)
    assert marked >= uniques - 1


def test_one_long_sentence_links_to_both_short_ones() -> None:
    gold, comp = run("one-to-many", HashEmbedder())
    assert found_links(gold, comp)[0] >= 3
    assert not wrong_links(gold, comp)


def test_an_embedder_adds_candidates_and_the_result_is_still_valid() -> None:
    links = align(_sources(A, B), embedder=HashEmbedder())
    assert ("s1:0", "s2:1") in {(k.a, k.b) for k in links}


def test_missing_embedding_module_means_lexical_only(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "core.align.embedding", None)  # import raises ImportError
    assert core.align.load_embedder() is None
    assert align(_sources(A, B)) == align(_sources(A, B), embedder=None)


def test_a_failing_model_falls_back_to_lexical(monkeypatch) -> None:
    import core.align.embedding as embedding

    def broken() -> None:
        raise RuntimeError("model file damaged")

    monkeypatch.setattr(embedding, "get_embedder", broken)
    assert core.align.load_embedder() is None


def test_deterministic() -> None:
    first = align(_sources(A, B, A[::-1]), embedder=HashEmbedder())
    assert first == align(_sources(A, B, A[::-1]), embedder=HashEmbedder())


def test_cancel_stops_and_progress_rises() -> None:
    seen: list[float] = []
    align(_sources(A, B, A), job=Job(lambda f, _m: seen.append(f)), embedder=None)
    assert seen and seen == sorted(seen) and seen[-1] == 1.0
    with pytest.raises(Cancelled):
        align(_sources(A, B), job=Job(cancel=lambda: True), embedder=None)


def test_empty_and_single_sentence_sources() -> None:
    assert align(_sources([], B), embedder=None) == []
    assert align(_sources(["Only one line here."], ["Only one line here."]), embedder=None)[0].score > 0.9
