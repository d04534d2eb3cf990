"""Sentence alignment across N sources: which sentences report the same thing.

Per comparison: tokenise every sentence (language-aware stems, numbers, names, clauses) ->
IDF over all compared sentences -> optional sentence embeddings -> for every pair of sources:
block candidate pairs (candidates.py), score them in batches (features.py, scoring.py) and
choose links globally (selection.py). Links come out `shared`; the facts stage decides
which of them differ. Same input, same links, in the same order.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from core.align.candidates import embedding_candidates, lexical_candidates, union
from core.align.features import Encoded, Lookup, Vocabulary, embed_sources, lexical_index, pair_features
from core.align.scoring import LEXICAL, WITH_EMBEDDINGS, Settings, combined_score, lexical_score
from core.align.selection import PairScores, select
from core.align.tokens import tokenize_sources
from core.model import Link, Sentence
from core.progress import Job

__all__ = ["LEXICAL", "WITH_EMBEDDINGS", "Settings", "align", "load_embedder"]

_BATCH = 50_000  # candidate pairs scored per numpy batch (bounds memory)
_AUTO = "auto"


def align(
    sentences: Sequence[Sequence[Sentence]],
    *,
    languages: Sequence[str] | None = None,
    job: Job | None = None,
    settings: Settings | None = None,
    embedder: Any = _AUTO,
) -> list[Link]:
    """Link sentences of different sources that report the same thing; one list per source.

    `embedder` defaults to the shipped model (load_embedder); pass None for lexical evidence only.
    """
    job = job or Job()
    job.step(0.0, "Reading sentences")
    tokens = tokenize_sources([[x.text for x in sents] for sents in sentences], languages)
    job.check()
    index = lexical_index(tokens)
    vocab, encoded, lookups, df = index.vocab, index.encoded, index.lookups, index.df
    vectors = _embed(sentences, settings or WITH_EMBEDDINGS, embedder, job)
    s = settings or (LEXICAL if vectors is None else WITH_EMBEDDINGS)
    pairs = [(p, q) for p in range(len(sentences)) for q in range(p + 1, len(sentences))]
    links: list[Link] = []
    for n, (p, q) in enumerate(pairs):
        job.step(0.2 + 0.8 * n / max(1, len(pairs)), "Aligning sentences")
        scored = _score_pair(encoded, lookups, vectors, p, q, vocab, df, s, job)
        chosen = select(scored, len(encoded[p]), len(encoded[q]), s)
        for k in np.flatnonzero(chosen):
            i, j = int(scored.i[k]), int(scored.j[k])
            score = round(float(np.clip(max(scored.combined[k], scored.overlap[k]), 0.0, 1.0)), 4)
            links.append(Link(sentences[p][i].id, sentences[q][j].id, "shared", score))
    job.step(1.0, "Aligned")
    return links


def _score_pair(
    encoded: list[Encoded],
    lookups: list[Lookup],
    vectors: list[np.ndarray] | None,
    p: int,
    q: int,
    vocab: Vocabulary,
    df: np.ndarray,
    s: Settings,
    job: Job,
) -> PairScores:
    """Candidates of one source pair with their lexical, cosine and combined scores."""
    a, b = encoded[p], encoded[q]
    i, j = lexical_candidates(a, b, df, s.max_df)
    if vectors is not None:
        i, j = union((i, j), embedding_candidates(vectors[p], vectors[q], s.emb_top_k), len(b))
    lex = np.zeros(len(i))
    overlap = np.zeros(len(i))
    for lo in range(0, len(i), _BATCH):
        job.check()
        f = pair_features(a, b, lookups[p], lookups[q], i[lo : lo + _BATCH], j[lo : lo + _BATCH], vocab, s.min_clause)
        lex[lo : lo + _BATCH] = lexical_score(f, s)
        overlap[lo : lo + _BATCH] = np.minimum(f.cover_a, f.cover_b)
    cos = None
    if vectors is not None:
        cos = np.einsum("kd,kd->k", vectors[p][i], vectors[q][j]).astype(np.float64)
    return PairScores(i, j, lex, cos, combined_score(lex, cos, s), overlap)



def _embed(sentences: Sequence[Sequence[Sentence]], s: Settings, embedder: Any, job: Job) -> list[np.ndarray] | None:
    """One matrix of L2-normalised rows per source, or None when no model is available."""
    total = sum(len(x) for x in sentences)
    if total == 0 or total > s.emb_max_sentences:
        return None
    if isinstance(embedder, str) and embedder == _AUTO:
        embedder = load_embedder()
    if embedder is None:
        return None
    job.step(0.05, "Reading meaning")
    return embed_sources(embedder, [[x.text for x in sents] for sents in sentences])


def load_embedder() -> Any:
    """The shipped sentence-embedding model, or None when it (or its runtime) is absent."""
    try:
        from core.align.embedding import get_embedder
    except ImportError:
        return None
    try:
        return get_embedder()
    except Exception:  # a broken model must not stop a lexical comparison
        return None
