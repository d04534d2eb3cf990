"""Clause-level embedding evidence for 1:n links: one clause of a long sentence often says what a short one says.

A whole-sentence vector of a long sentence averages its clauses, so its cosine to a sentence
that repeats one clause is diluted. Long sentences are cut at punctuation that separates
clauses in most languages (; : , dashes, brackets) into pieces of at least MIN_WORDS words;
the pieces are embedded once, and a pair's clause cosine is the best cosine of any piece of
one sentence with the other sentence (or any of its pieces).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import numpy as np

__all__ = ["MIN_WORDS", "clause_cosine", "embed_clauses", "split_clauses"]

MIN_WORDS = 6
_CUT = re.compile(r"\s*(?:[;()\[\]]|[:,](?!\d)|\s[\u2013\u2014-]\s|\u2014)\s*")


def split_clauses(text: str, min_words: int = MIN_WORDS) -> list[str]:
    """Pieces of a sentence between clause punctuation, short ones merged into the next; [] if it does not split."""
    if len(text.split()) < 2 * min_words:
        return []
    pieces: list[str] = []
    carry = ""
    for part in _CUT.split(text):
        carry = f"{carry} {part}".strip() if carry else part.strip()
        if len(carry.split()) >= min_words:
            pieces.append(carry)
            carry = ""
    if carry:
        if pieces:
            pieces[-1] = f"{pieces[-1]} {carry}"
        else:
            pieces.append(carry)
    return pieces if len(pieces) > 1 else []


def embed_clauses(texts: Sequence[Sequence[str]], embedder: Any) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per source: (owner sentence index of each piece, piece vectors), one encode call for all sources."""
    owners: list[list[int]] = []
    flat: list[str] = []
    for sents in texts:
        own: list[int] = []
        for n, t in enumerate(sents):
            pieces = split_clauses(t)
            own += [n] * len(pieces)
            flat += pieces
        owners.append(own)
    matrix = np.asarray(embedder.encode(flat), dtype=np.float32) if flat else np.zeros((0, 1), dtype=np.float32)
    out, lo = [], 0
    for own in owners:
        out.append((np.asarray(own, dtype=np.int64), matrix[lo : lo + len(own)]))
        lo += len(own)
    return out


def clause_cosine(
    va: np.ndarray,
    vb: np.ndarray,
    ca: tuple[np.ndarray, np.ndarray],
    cb: tuple[np.ndarray, np.ndarray],
    i: np.ndarray,
    j: np.ndarray,
) -> np.ndarray:
    """Per candidate pair (i of a, j of b): the best cosine of a piece of one with the other whole or its pieces."""
    best = np.einsum("kd,kd->k", va[i], vb[j]).astype(np.float64)
    if len(i) == 0:
        return best
    (oa, pa), (ob, pb) = ca, cb
    # dense (sentence a, sentence b) maxima over pieces; sentences are few where embeddings run (<= 600)
    m = np.full((len(va), len(vb)), -1.0)
    if len(oa):
        s = pa @ vb.T
        np.maximum.at(m, oa, s)
    if len(ob):
        s = (va @ pb.T).T
        np.maximum.at(m.T, ob, s)
    if len(oa) and len(ob):
        s = pa @ pb.T
        rows = np.full((len(va), len(ob)), -1.0)
        np.maximum.at(rows, oa, s)
        np.maximum.at(m.T, ob, rows.T)
    return np.maximum(best, m[i, j])
