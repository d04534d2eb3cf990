"""Sentence alignment with a learned pair scorer: logistic regression over language-neutral evidence.

Hand-set thresholds on one or two scores cannot weigh how much a pair stands out from the
other partners of its two sentences; a small model can. Candidates are blocked exactly as in
align() (shared rare words + embedding nearest neighbours); each pair gets the aligner's
lexical features, the embedding cosine and RELATIVE features (margin to the best other
partner of its row and column, rank, mutual best), lengths, position, word overlap without
names and numbers (decoys share those) and figures that agree once normalised by
core.facts.numbers ("nine per cent" = "9%"), plus figures of one kind whatever their value
(conflicting reports still report one thing), near each other, or counting the same thing, and
how much of each sentence the other covers token by token (core/align/token_match.py), the token
matching of the pair's diagonal neighbours (i-1, j-1) and (i+1, j+1) (articles reorder events but keep
local runs: a lone same-topic match with no neighbour support is weaker evidence) and the share of the
shorter sentence's word weight the other article has nowhere (what only one article says). A logistic
regression fitted by bench/train_aligner.py (coefficients + normalisation in
core/data/aligner.json) turns them into a probability; a pair links when p >= threshold,
or when p >= mutual_threshold and it is the mutual best by p or leads the next best partner of
one of its ends by `margin`. Only numpy at run time.
Without an embedding model (or one without token states) the hand-tuned align() is used.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from core.align import align, load_embedder
from core.align.candidates import embedding_candidates, lexical_candidates, union
from core.align.features import Encoded, Lookup, encode, lexical_index, pair_features, vocabulary
from core.align.scoring import WITH_EMBEDDINGS, lexical_score
from core.align.token_match import embed_with_tokens, token_match
from core.align.tokens import Clause, Tokens, tokenize_sources
from core.facts.numbers import find_quantities
from core.model import Link, Sentence
from core.progress import Job

__all__ = ["FEATURES", "Model", "PairBlock", "align_learned", "candidate_blocks", "load_model", "select_links"]

WEIGHTS = Path(__file__).resolve().parents[1] / "data" / "aligner.json"
_AUTO = "auto"
_BATCH = 50_000
NO_MARGIN = 1.0  # a margin of a whole probability: the one-end rule never fires
# Articles that share much of their vocabulary make most pairs candidates: the seeds have 464, the
# development sets at most 1,890, but 12 generated articles of 48 sentences 150,000. Past PAIR_BUDGET in
# all, only each sentence's SHORTLIST best partners by meaning and by wording go on to the costly features
# (token matching costs about 0.1 ms a pair).
PAIR_BUDGET = 20_000
SHORTLIST = 8

FEATURES = (
    "cos",
    "lex",
    "cover_min",
    "cover_max",
    "clause",
    "log_shared_weight",
    "numbers",
    "names",
    "cos_margin_row",
    "cos_margin_col",
    "cos_margin_min",
    "cos_rank_row",
    "cos_rank_col",
    "cos_mutual",
    "lex_margin_row",
    "lex_margin_col",
    "lex_margin_min",
    "lex_rank_row",
    "lex_rank_col",
    "lex_mutual",
    "log_len_min",
    "log_len_max",
    "position_gap",
    "cos_x_lex",
    "content_min",
    "content_max",
    "content_clause",
    "quantities_agree",
    "quantities_clash",
    "quantities_same",
    "quantities_near",
    "quantities_about",
    "tok_min",
    "tok_max",
    "tok_margin_row",
    "tok_margin_col",
    "tok_margin_min",
    "tok_rank_row",
    "tok_rank_col",
    "tok_mutual",
    "diag_tok_max",
    "absent_short",
)


@dataclass(frozen=True)
class PairBlock:
    """Candidate pairs (i[k] of source p, j[k] of source q) with their feature rows."""

    p: int
    q: int
    i: np.ndarray
    j: np.ndarray
    x: np.ndarray  # (pairs, len(FEATURES)) float64


@dataclass(frozen=True)
class Model:
    """A fitted logistic regression plus its selection thresholds."""

    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    bias: float
    threshold: float
    mutual_threshold: float
    margin: float = NO_MARGIN

    def probability(self, x: np.ndarray) -> np.ndarray:
        z = ((x - self.mean) / self.scale) @ self.coef + self.bias
        return 1.0 / (1.0 + np.exp(-np.clip(z, -40.0, 40.0)))

    def to_dict(self) -> dict[str, Any]:
        return {
            "features": list(self.features),
            "mean": [round(float(v), 8) for v in self.mean],
            "scale": [round(float(v), 8) for v in self.scale],
            "coef": [round(float(v), 8) for v in self.coef],
            "bias": round(float(self.bias), 8),
            "threshold": self.threshold,
            "mutual_threshold": self.mutual_threshold,
            "margin": self.margin,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Model:
        if tuple(d["features"]) != FEATURES:
            raise ValueError("aligner weights were fitted on other features; rerun bench/train_aligner.py")
        return cls(
            features=tuple(d["features"]),
            mean=np.asarray(d["mean"], dtype=np.float64),
            scale=np.asarray(d["scale"], dtype=np.float64),
            coef=np.asarray(d["coef"], dtype=np.float64),
            bias=float(d["bias"]),
            threshold=float(d["threshold"]),
            mutual_threshold=float(d["mutual_threshold"]),
            margin=float(d.get("margin", NO_MARGIN)),
        )


_lock = threading.Lock()
_models: dict[str, Model] = {}


def load_model(path: Path | None = None) -> Model:
    """The shipped (or given) weights, read once and cached."""
    key = str(path or WEIGHTS)
    with _lock:
        if key not in _models:
            _models[key] = Model.from_dict(json.loads(Path(key).read_text(encoding="utf-8")))
        return _models[key]


def align_learned(
    sentences: Sequence[Sequence[Sentence]],
    *,
    languages: Sequence[str] | None = None,
    job: Job | None = None,
    embedder: Any = _AUTO,
    model: Model | None = None,
) -> list[Link]:
    """Same contract as core.align.align: `shared` links across sources, score = probability."""
    job = job or Job()
    if isinstance(embedder, str) and embedder == _AUTO:
        embedder = load_embedder()
    total = sum(len(s) for s in sentences)
    if embedder is None or total == 0 or total > WITH_EMBEDDINGS.emb_max_sentences:
        return align(sentences, languages=languages, job=job, embedder=None)
    if not getattr(embedder, "has_tokens", False):  # a model without token states: the hand-tuned engine
        return align(sentences, languages=languages, job=job, embedder=embedder)
    model = model or load_model()
    links: list[Link] = []
    for block in candidate_blocks(sentences, languages=languages, job=job, embedder=embedder):
        prob = model.probability(block.x)
        chosen = select_links(prob, block.i, block.j, model.threshold, model.mutual_threshold, model.margin)
        for k in np.flatnonzero(chosen):
            a, b = sentences[block.p][int(block.i[k])], sentences[block.q][int(block.j[k])]
            links.append(Link(a.id, b.id, "shared", round(float(prob[k]), 4)))
    job.step(1.0, "Aligned")
    return links


def select_links(
    prob: np.ndarray, i: np.ndarray, j: np.ndarray, threshold: float, mutual: float, margin: float = NO_MARGIN
) -> np.ndarray:
    """Link a pair when p >= threshold, or when p >= mutual and it is the mutual best by p, or the best
    partner of one of its two sentences by at least `margin` over that sentence's next best (a clear
    winner of one end: the other end may have a better partner too, as in 1:n links)."""
    if len(prob) == 0:
        return np.zeros(0, dtype=bool)
    rank_row, other_row = _ranks(prob, i, j)
    rank_col, other_col = _ranks(prob, j, i)
    best = (rank_row == 0) & (rank_col == 0)
    if margin < NO_MARGIN:
        best |= ((rank_row == 0) & (prob - other_row >= margin)) | ((rank_col == 0) & (prob - other_col >= margin))
    return (prob >= threshold) | (best & (prob >= mutual))


def candidate_blocks(
    sentences: Sequence[Sequence[Sentence]],
    *,
    languages: Sequence[str] | None,
    job: Job,
    embedder: Any,
) -> list[PairBlock]:
    """Blocked candidate pairs and their features for every pair of sources (embedder required)."""
    job.step(0.0, "Reading sentences")
    tokens = tokenize_sources([[x.text for x in sents] for sents in sentences], languages)
    index = lexical_index(tokens)
    vocab, encoded, lookups, df = index.vocab, index.encoded, index.lookups, index.df
    content = [[_content(t) for t in toks] for toks in tokens]
    c_vocab = vocabulary(content)
    c_encoded = [encode(t, c_vocab) for t in content]
    c_lookups = [Lookup(e, c_vocab) for e in c_encoded]
    found = [[find_quantities(x.text)[0] for x in sents] for sents in sentences]
    quantities = _quantities(found)
    figures = [[_measures(qs) for qs in src] for src in found]
    job.step(0.05, "Reading meaning")
    vectors, token_vectors = embed_with_tokens(embedder, [[x.text for x in sents] for sents in sentences])
    s = WITH_EMBEDDINGS
    pairs = [(p, q) for p in range(len(sentences)) for q in range(p + 1, len(sentences))]
    candidates = []
    for p, q in pairs:
        job.check()
        i, j = lexical_candidates(encoded[p], encoded[q], df, s.max_df)
        candidates.append(union((i, j), embedding_candidates(vectors[p], vectors[q], s.emb_top_k), len(encoded[q])))
    crowded = sum(len(i) for i, _ in candidates) > PAIR_BUDGET
    present = [_present(e, vocab.size) for e in encoded]
    blocks = []
    for n, ((p, q), (i, j)) in enumerate(zip(pairs, candidates, strict=True)):
        job.step(0.2 + 0.8 * n / max(1, len(pairs)), "Aligning sentences")
        a, b = encoded[p], encoded[q]
        x = np.zeros((len(i), len(FEATURES)))
        for lo in range(0, len(i), _BATCH):
            job.check()
            hi = lo + _BATCH
            f = pair_features(a, b, lookups[p], lookups[q], i[lo:hi], j[lo:hi], vocab, s.min_clause)
            cos = np.einsum("kd,kd->k", vectors[p][i[lo:hi]], vectors[q][j[lo:hi]]).astype(np.float64)
            x[lo:hi, :8] = np.column_stack(
                [
                    cos,
                    lexical_score(f, s),
                    np.minimum(f.cover_a, f.cover_b),
                    np.maximum(f.cover_a, f.cover_b),
                    f.clause,
                    np.log1p(f.shared_weight),
                    np.minimum(3.0, f.numbers),
                    np.minimum(3.0, f.names),
                ]
            )
            ca, cb = c_encoded[p], c_encoded[q]
            g = pair_features(ca, cb, c_lookups[p], c_lookups[q], i[lo:hi], j[lo:hi], c_vocab, s.min_clause)
            x[lo:hi, 24:27] = np.column_stack(
                [np.minimum(g.cover_a, g.cover_b), np.maximum(g.cover_a, g.cover_b), g.clause]
            )
        if crowded:
            keep = _shortlist(x[:, 0], x[:, 1], i, j)
            i, j, x = i[keep], j[keep], x[keep]
        x[:, 27:29] = _quantity_features(quantities[p], quantities[q], i, j)
        x[:, 29:32] = _measure_features(figures[p], figures[q], i, j)
        x[:, 8:14] = _relative(x[:, 0], i, j)
        x[:, 14:20] = _relative(x[:, 1], i, j)
        la, lb = np.log1p(np.diff(a.ptr)[i]), np.log1p(np.diff(b.ptr)[j])
        x[:, 20] = np.minimum(la, lb)
        x[:, 21] = np.maximum(la, lb)
        x[:, 22] = np.abs((i + 0.5) / max(1, len(a)) - (j + 0.5) / max(1, len(b)))
        x[:, 23] = x[:, 0] * x[:, 1]
        job.check()
        x[:, 32:34] = token_match(token_vectors[p], token_vectors[q], i, j)
        x[:, 34:40] = _relative(x[:, 32], i, j)
        x[:, 40] = _diagonal(x[:, 32], i, j, len(b))
        absent_a, absent_b = _absent(a, present[q], vocab.idf)[i], _absent(b, present[p], vocab.idf)[j]
        x[:, 41] = np.where(np.diff(a.ptr)[i] <= np.diff(b.ptr)[j], absent_a, absent_b)
        blocks.append(PairBlock(p, q, i, j, x))
    return blocks


def _diagonal(v: np.ndarray, i: np.ndarray, j: np.ndarray, size_b: int) -> np.ndarray:
    """Per pair (i, j): the larger v of the candidate pairs (i - 1, j - 1) and (i + 1, j + 1), 0 for no candidate."""
    if len(i) == 0:
        return np.zeros(0)
    keys = i * (size_b + 2) + j  # i, j >= 0 and j + 1 <= size_b: no two pairs share a key
    order = np.argsort(keys, kind="stable")
    sorted_keys, sorted_v = keys[order], v[order]
    out = np.zeros(len(i))
    for step in (-1, 1):
        wanted = keys + step * (size_b + 3)
        pos = np.searchsorted(sorted_keys, wanted).clip(max=len(keys) - 1)
        hit = (sorted_keys[pos] == wanted) & (i + step >= 0) & (j + step >= 0)
        out = np.maximum(out, np.where(hit, sorted_v[pos], 0.0))
    return out


def _present(e: Encoded, size: int) -> np.ndarray:
    """Which token ids occur anywhere in one source."""
    out = np.zeros(size, dtype=bool)
    out[e.tokens] = True
    return out


def _absent(e: Encoded, other: np.ndarray, idf: np.ndarray) -> np.ndarray:
    """Per sentence of one source: the share of its word weight (IDF) in tokens no sentence of the other source has."""
    owner = np.repeat(np.arange(len(e)), np.diff(e.ptr))
    missing = np.bincount(owner, weights=idf[e.tokens] * ~other[e.tokens], minlength=len(e))
    return np.divide(missing, e.weight, out=np.zeros(len(e)), where=e.weight > 0)


def _shortlist(cos: np.ndarray, lex: np.ndarray, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Pairs among the SHORTLIST best of either of their sentences by meaning or by wording.

    The token matching and figure comparisons that follow cost per pair, and a pair far down
    both its sentences' lists is hardly ever linked, so it is dropped before them."""
    keep = np.zeros(len(i), dtype=bool)
    for v in (cos, lex):
        for group, other in ((i, j), (j, i)):
            keep |= _ranks(v, group, other)[0] < SHORTLIST
    return keep


def _relative(v: np.ndarray, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Margin to the best other partner (row, column, the smaller), log rank (row, column), mutual best."""
    rank_r, other_r = _ranks(v, i, j)
    rank_c, other_c = _ranks(v, j, i)
    mr, mc = v - other_r, v - other_c
    return np.column_stack(
        [mr, mc, np.minimum(mr, mc), np.log1p(rank_r), np.log1p(rank_c), ((rank_r == 0) & (rank_c == 0)) * 1.0]
    )


def _ranks(v: np.ndarray, group: np.ndarray, other: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per pair: rank of v within its group (0 = best, ties by index) and the best v of the rest of the group."""
    k = len(v)
    if k == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    order = np.lexsort((other, -v, group))
    g = group[order]
    start = np.r_[True, g[1:] != g[:-1]]
    first = np.maximum.accumulate(np.where(start, np.arange(k), 0))
    rank_sorted = np.arange(k) - first
    size = np.diff(np.r_[np.flatnonzero(start), k])
    size_sorted = np.repeat(size, size)
    best = v[order][first]
    second_idx = np.minimum(first + 1, k - 1)
    second = np.where(size_sorted > 1, v[order][second_idx], 0.0)
    other_sorted = np.where(rank_sorted == 0, second, best)
    rank = np.empty(k, dtype=np.int64)
    rank[order] = rank_sorted
    best_other = np.empty(k)
    best_other[order] = other_sorted
    return rank, best_other



@dataclass(frozen=True)
class _Figures:
    """One source's figures normalised by core.facts (dimension id, interval), CSR by sentence."""

    ptr: np.ndarray
    dim: np.ndarray
    lo: np.ndarray
    hi: np.ndarray


def _quantities(found: Sequence[Sequence[Sequence[Any]]]) -> list[_Figures]:
    """Figures of every sentence: "nine per cent" and "9%", "€3.2 million" and "3,200,000 euros" become equal."""
    dims = {d: n for n, d in enumerate(sorted({q.dim for src in found for qs in src for q in qs}))}
    out = []
    for src in found:
        ptr = np.zeros(len(src) + 1, dtype=np.int64)
        ptr[1:] = np.cumsum([len(qs) for qs in src]) if src else []
        flat = [q for qs in src for q in qs]
        out.append(
            _Figures(
                ptr,
                np.array([dims[q.dim] for q in flat], dtype=np.int64),
                np.array([q.lo for q in flat], dtype=np.float64),
                np.array([q.hi for q in flat], dtype=np.float64),
            )
        )
    return out


def _quantity_features(a: _Figures, b: _Figures, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Per pair: figures of the same kind that agree (intervals meet, 3% slack) and that differ, each at most 3."""
    k = len(i)
    la, lb = a.ptr[i + 1] - a.ptr[i], b.ptr[j + 1] - b.ptr[j]
    combos = la * lb
    owner = np.repeat(np.arange(k, dtype=np.int64), combos)
    t = np.arange(int(combos.sum()), dtype=np.int64) - np.repeat(np.cumsum(combos) - combos, combos)
    width = np.repeat(lb, combos)
    ai = np.repeat(a.ptr[i], combos) + t // np.maximum(width, 1)
    bi = np.repeat(b.ptr[j], combos) + t % np.maximum(width, 1)
    same = a.dim[ai] == b.dim[bi]
    meet = (a.lo[ai] <= b.hi[bi] * 1.03 + 1e-9) & (b.lo[bi] <= a.hi[ai] * 1.03 + 1e-9)
    agree = np.bincount(owner, weights=(same & meet) * 1.0, minlength=k)
    clash = np.bincount(owner, weights=(same & ~meet) * 1.0, minlength=k)
    return np.column_stack([np.minimum(3.0, agree), np.minimum(3.0, clash)])


_Measure = tuple[str, float, float, frozenset[str]]


def _measures(found: Sequence[Any]) -> list[_Measure]:
    """A sentence's figures: (kind without per-unit, "money:EUR" of "money:EUR/day"; interval; what is counted)."""
    return [(q.dim.split("/")[0], float(q.lo), float(q.hi), frozenset(q.about)) for q in found]


def _measure_features(
    a: Sequence[list[_Measure]], b: Sequence[list[_Measure]], i: np.ndarray, j: np.ndarray
) -> np.ndarray:
    """Per pair, each at most 3: figures of one kind (any value: conflicting reports still report one thing),
    of one kind within 25 % of each other (rounded or hedged: "almost 8 per cent" vs "7.8%"), of one kind
    that count the same thing (shared stems in what they measure)."""
    out = np.zeros((len(i), 3))
    for k in np.flatnonzero([bool(a[x]) and bool(b[y]) for x, y in zip(i.tolist(), j.tolist(), strict=True)]):
        same = near = about = 0
        for da, la, ha, wa in a[int(i[k])]:
            for db, lb, hb, wb in b[int(j[k])]:
                if da != db:
                    continue
                same += 1
                near += la <= hb * 1.25 + 1e-9 and lb <= ha * 1.25 + 1e-9
                about += bool(wa & wb)
        out[k] = (min(3, same), min(3, near), min(3, about))
    return out


def _content(t: Tokens) -> Tokens:
    """The same sentence without its names and numbers: what is said, not who or how much (decoys share those)."""
    drop = t.names | t.numbers
    clauses = tuple(Clause(c.stems - drop) for c in t.clauses if c.stems - drop)
    return Tokens(t.stems - drop, frozenset(), frozenset(), clauses)


