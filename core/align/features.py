"""Lexical evidence for many sentence pairs at once, weighted by how rare each word is here.

IDF is computed over the sentences being compared, so the words every article repeats
(function words, the story's main subject) weigh little and the distinctive ones (a figure,
a place, an unusual verb) decide; no stop-word lists, so it stays language-neutral.
Sentences become sorted token-id arrays (CSR style) and a batch of candidate pairs is
scored with numpy, so the cost grows with the pairs verified, not with Python loops.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from core.align.tokens import Tokens

_BITMAP_MAX = 256 * 1024 * 1024  # bytes of a sentence x token membership bitmap


@dataclass(frozen=True)
class Vocabulary:
    """Token ids, IDF and a number flag for every stem of the comparison."""

    ids: dict[str, int]
    idf: np.ndarray  # float64 per token id
    is_number: np.ndarray  # float64 0/1 per token id

    @property
    def size(self) -> int:
        return len(self.ids)


@dataclass(frozen=True)
class Encoded:
    """One source's sentences as token-id arrays, ready for batch look-ups."""

    ptr: np.ndarray  # sentence s owns tokens[ptr[s]:ptr[s+1]]
    tokens: np.ndarray
    weight: np.ndarray  # total IDF per sentence
    keys: np.ndarray  # sorted sentence * V + token, for membership tests
    name_ptr: np.ndarray
    name_tokens: np.ndarray
    name_keys: np.ndarray
    clause_ptr: np.ndarray  # sentence s owns clauses clause_ptr[s]:clause_ptr[s+1]
    clause_tok_ptr: np.ndarray  # clause c owns clause_tokens[clause_tok_ptr[c]:clause_tok_ptr[c+1]]
    clause_tokens: np.ndarray
    clause_weight: np.ndarray

    def __len__(self) -> int:
        return len(self.ptr) - 1


@dataclass(frozen=True)
class PairFeatures:
    """Per candidate pair: coverage of each side, best clause coverage, anchors."""

    cover_a: np.ndarray  # share of a's word weight found in b
    cover_b: np.ndarray  # share of b's word weight found in a
    clause: np.ndarray  # best coverage of one substantial clause (either side) by the other sentence
    shared_weight: np.ndarray  # total IDF of the shared words
    numbers: np.ndarray  # numeric values both mention
    names: np.ndarray  # capitalised names both mention


def vocabulary(sources: Sequence[Sequence[Tokens]]) -> Vocabulary:
    """Ids and smoothed inverse sentence frequency log((N+1)/df) of every stem, in sorted order."""
    df: dict[str, int] = {}
    numbers: set[str] = set()
    n = 0
    for toks in sources:
        for t in toks:
            n += 1
            numbers |= t.numbers
            for s in t.stems:
                df[s] = df.get(s, 0) + 1
    ids = {s: k for k, s in enumerate(sorted(df))}
    idf = np.array([math.log((n + 1) / df[s]) for s in sorted(df)], dtype=np.float64)
    is_number = np.array([1.0 if s in numbers else 0.0 for s in sorted(df)], dtype=np.float64)
    return Vocabulary(ids, idf, is_number)


@dataclass(frozen=True)
class LexicalIndex:
    """Everything lexical scoring needs for one comparison: ids, per-source lookups, document frequencies."""

    vocab: Vocabulary
    encoded: list[Encoded]
    lookups: list[Lookup]
    df: np.ndarray


def lexical_index(tokens: Sequence[Sequence[Tokens]]) -> LexicalIndex:
    """Encode every source against one vocabulary and count in how many sentences each token stands."""
    vocab = vocabulary(tokens)
    encoded = [encode(t, vocab) for t in tokens]
    df = np.zeros(vocab.size, dtype=np.int64)
    for e in encoded:
        np.add.at(df, e.tokens, 1)
    return LexicalIndex(vocab, encoded, [Lookup(e, vocab) for e in encoded], df)


def embed_sources(embedder: Any, texts: Sequence[Sequence[str]]) -> list[np.ndarray]:
    """One call to the model for all sentences, split back into one matrix per source."""
    matrix = np.asarray(embedder.encode([t for src in texts for t in src]), dtype=np.float32)
    out, lo = [], 0
    for src in texts:
        out.append(matrix[lo : lo + len(src)])
        lo += len(src)
    return out


def encode(toks: Sequence[Tokens], vocab: Vocabulary) -> Encoded:
    """Pack one source's tokens into arrays."""
    v = vocab.size

    def pack(groups: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
        ptr = np.zeros(len(groups) + 1, dtype=np.int64)
        ptr[1:] = np.cumsum([len(g) for g in groups]) if groups else []
        flat = np.array([x for g in groups for x in g], dtype=np.int64)
        return ptr, flat

    ptr, tokens = pack([sorted(vocab.ids[s] for s in t.stems) for t in toks])
    name_ptr, name_tokens = pack([sorted(vocab.ids[s] for s in t.names if s in vocab.ids) for t in toks])
    clauses = [sorted(vocab.ids[s] for s in c.stems) for t in toks for c in t.clauses]
    clause_ptr = np.zeros(len(toks) + 1, dtype=np.int64)
    clause_ptr[1:] = np.cumsum([len(t.clauses) for t in toks]) if toks else []
    clause_tok_ptr, clause_tokens = pack(clauses)
    owner = np.repeat(np.arange(len(toks), dtype=np.int64), np.diff(ptr))
    name_owner = np.repeat(np.arange(len(toks), dtype=np.int64), np.diff(name_ptr))
    return Encoded(
        ptr=ptr,
        tokens=tokens,
        weight=_sums(ptr, vocab.idf[tokens]),
        keys=np.sort(owner * v + tokens),
        name_ptr=name_ptr,
        name_tokens=name_tokens,
        name_keys=np.sort(name_owner * v + name_tokens),
        clause_ptr=clause_ptr,
        clause_tok_ptr=clause_tok_ptr,
        clause_tokens=clause_tokens,
        clause_weight=_sums(clause_tok_ptr, vocab.idf[clause_tokens]),
    )


def pair_features(
    a: Encoded,
    b: Encoded,
    in_a: Lookup,
    in_b: Lookup,
    i: np.ndarray,
    j: np.ndarray,
    vocab: Vocabulary,
    min_clause: float,
) -> PairFeatures:
    """Features of the pairs (i[k] of a, j[k] of b); in_a/in_b answer "is token t in sentence s"."""
    k = len(i)
    owner, tok = _expand(a.ptr, a.tokens, i)
    hit = in_b(j[owner], tok)
    shared = np.bincount(owner, weights=vocab.idf[tok] * hit, minlength=k)
    numbers = np.bincount(owner, weights=vocab.is_number[tok] * hit, minlength=k)
    n_owner, n_tok = _expand(a.name_ptr, a.name_tokens, i)
    names = np.bincount(n_owner, weights=_member(b.name_keys, j[n_owner] * vocab.size + n_tok), minlength=k)
    wa, wb = a.weight[i], b.weight[j]
    clause = np.maximum(
        _clause_cover(a, i, in_b, j, vocab, min_clause), _clause_cover(b, j, in_a, i, vocab, min_clause)
    )
    return PairFeatures(
        cover_a=np.divide(shared, wa, out=np.zeros(k), where=wa > 0),
        cover_b=np.divide(shared, wb, out=np.zeros(k), where=wb > 0),
        clause=clause,
        shared_weight=shared,
        numbers=numbers,
        names=names,
    )


def _clause_cover(
    x: Encoded, xi: np.ndarray, in_y: Lookup, yj: np.ndarray, vocab: Vocabulary, min_clause: float
) -> np.ndarray:
    """For each pair, the best share of one of x's clauses (weight >= min_clause) found in y's sentence."""
    k = len(xi)
    pair_of_clause, clause = _expand_ranges(x.clause_ptr, xi)
    heavy = x.clause_weight[clause] >= min_clause
    pair_of_clause, clause = pair_of_clause[heavy], clause[heavy]
    out = np.zeros(k)
    if len(clause) == 0:
        return out
    c_owner, tok = _expand(x.clause_tok_ptr, x.clause_tokens, clause)
    hit = in_y(yj[pair_of_clause[c_owner]], tok)
    covered = np.bincount(c_owner, weights=vocab.idf[tok] * hit, minlength=len(clause))
    np.maximum.at(out, pair_of_clause, covered / x.clause_weight[clause])
    return out


class Lookup:
    """Is token t in sentence s of one source? A bitmap when it fits in memory, else binary search."""

    def __init__(self, x: Encoded, vocab: Vocabulary) -> None:
        self._v = vocab.size
        self._keys = x.keys
        self._bitmap: np.ndarray | None = None
        if len(x) * vocab.size <= _BITMAP_MAX:
            self._bitmap = np.zeros((len(x), vocab.size), dtype=bool)
            self._bitmap[np.repeat(np.arange(len(x)), np.diff(x.ptr)), x.tokens] = True

    def __call__(self, sentence: np.ndarray, token: np.ndarray) -> np.ndarray:
        if self._bitmap is not None:
            return self._bitmap[sentence, token].astype(np.float64)
        return _member(self._keys, sentence * self._v + token)


def _sums(ptr: np.ndarray, values: np.ndarray) -> np.ndarray:
    owner = np.repeat(np.arange(len(ptr) - 1), np.diff(ptr))
    return np.bincount(owner, weights=values, minlength=len(ptr) - 1).astype(np.float64)


def _expand_ranges(ptr: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For rows r_k, every (k, position) with ptr[r_k] <= position < ptr[r_k + 1]."""
    starts, lens = ptr[rows], ptr[rows + 1] - ptr[rows]
    owner = np.repeat(np.arange(len(rows), dtype=np.int64), lens)
    offsets = np.arange(int(lens.sum()), dtype=np.int64) - np.repeat(np.cumsum(lens) - lens, lens)
    return owner, np.repeat(starts, lens) + offsets


def _expand(ptr: np.ndarray, flat: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    owner, pos = _expand_ranges(ptr, rows)
    return owner, flat[pos]


def _member(sorted_keys: np.ndarray, queries: np.ndarray) -> np.ndarray:
    """1.0 where a query is in sorted_keys, else 0.0."""
    if len(sorted_keys) == 0:
        return np.zeros(len(queries))
    pos = np.searchsorted(sorted_keys, queries).clip(max=len(sorted_keys) - 1)
    return (sorted_keys[pos] == queries).astype(np.float64)
