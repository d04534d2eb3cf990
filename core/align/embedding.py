"""Sentence embeddings from the shipped int8 ONNX MiniLM, run with onnxruntime (no PyTorch, no download).

Lexical scores cannot tell a paraphrase from an unrelated sentence on the same topic; a small
contextual sentence model can. The model (all-MiniLM-L6-v2, Apache-2.0) is converted once by
tools/build_model.py and shipped under resources/models/<name>/ as model.onnx + tokenizer.json +
config.json. Loading is lazy and failure-tolerant: without the files or the runtime the aligner
simply works without embeddings, so `get_embedder()` returns None instead of raising.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from core.resources import resource_path

MODEL_NAME = "minilm-l6-v2-int8"
ENV_MODEL_DIR = "PARALLAX_MODEL_DIR"
MAX_THREADS = 2
BATCH_SIZE = 8  # small batches pad less: the seeds embed in ~200 ms at 8 against ~290 ms at 32

log = logging.getLogger(__name__)

_lock = threading.Lock()
_cache: dict[str, Embedder | None] = {}


class Embedder:
    """Encodes sentences into L2-normalised float32 vectors (cosine = dot product)."""

    def __init__(self, session: Any, tokenizer: Any, config: dict[str, Any], model_dir: Path) -> None:
        self._session = session
        self._tokenizer = tokenizer
        self.dim: int = int(config["dim"])
        self.max_tokens: int = int(config["max_tokens"])
        self.name: str = str(config.get("name", model_dir.name))
        self.model_dir = model_dir
        self._output: str = str(config.get("output", "sentence_embedding"))
        token_output = config.get("token_output")
        self._token_output: str | None = str(token_output) if token_output else None
        # One caller at a time: a cancelled comparison can still be winding down in a second worker
        # thread, and the Rust tokenizer's batch pool and the ONNX session are shared by both.
        self._encoding = threading.Lock()

    def warm_up(self) -> None:
        """Run one full batch of long sentences once. onnxruntime sizes its buffers on its first runs; without
        this the first comparison pays for it (seeds: first comparison 0.50 s, later ones 0.28 s; after a
        0.08 s warm-up the first takes 0.26-0.29 s)."""
        self._run([" ".join(["word"] * 64)] * BATCH_SIZE, tokens=self.has_tokens)

    @property
    def has_tokens(self) -> bool:
        """True when the graph also gives the token states (models built before it did not)."""
        return self._token_output is not None

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embed `texts` in order; shape (len(texts), dim), each row of unit length.

        Texts are sorted by token count and run in batches of similar length, so short sentences
        are not padded to the longest one; texts longer than `max_tokens` are truncated.
        Same input, same output. Note that int8 activations are quantised per batch, so one
        sentence's vector may move slightly (cosine >= ~0.98) with what it is batched with.
        """
        return self._run(texts, tokens=False)[0]

    def encode_tokens(self, texts: Sequence[str]) -> tuple[np.ndarray, TokenVectors]:
        """The sentence vectors (exactly as encode) and each sentence's content-token vectors.

        Special tokens and punctuation are dropped; a sentence with no content token keeps its
        other tokens. Needs a model with token states (has_tokens)."""
        if self._token_output is None:
            raise ValueError(f"{self.name} has no token output; rebuild it with tools/build_model.py")
        vectors, tokens = self._run(texts, tokens=True)
        assert tokens is not None
        return vectors, tokens

    def _run(self, texts: Sequence[str], tokens: bool) -> tuple[np.ndarray, TokenVectors | None]:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out, _pack([], self.dim) if tokens else None
        outputs = [self._output, self._token_output] if tokens else [self._output]
        with self._encoding:  # one caller at a time (see __init__)
            encodings = self._tokenizer.encode_batch([str(t) for t in texts])
            lengths = [len(e.ids) for e in encodings]
            empty = (np.zeros(0, np.int64), np.zeros((0, self.dim), np.float32))
            per: list[tuple[np.ndarray, np.ndarray]] = [empty] * len(texts)
            order = sorted(range(len(texts)), key=lambda i: (lengths[i], i))
            for start in range(0, len(order), BATCH_SIZE):
                batch = order[start : start + BATCH_SIZE]
                width = max(lengths[i] for i in batch)
                ids = np.zeros((len(batch), width), dtype=np.int64)
                mask = np.zeros((len(batch), width), dtype=np.int64)
                for row, i in enumerate(batch):
                    ids[row, : lengths[i]] = encodings[i].ids
                    mask[row, : lengths[i]] = 1
                got = self._session.run(outputs, {"input_ids": ids, "attention_mask": mask})
                out[batch] = got[0]
                if tokens:
                    for row, i in enumerate(batch):
                        per[i] = _content_tokens(encodings[i], got[1][row, : lengths[i]])
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-12), _pack(per, self.dim) if tokens else None


@dataclass(frozen=True)
class TokenVectors:
    """Content-token vectors of many sentences, CSR-style: sentence k owns rows ptr[k]:ptr[k+1]."""

    ptr: np.ndarray  # (sentences + 1,) int64
    ids: np.ndarray  # (tokens,) vocabulary ids, to weigh tokens by how rare they are
    vectors: np.ndarray  # (tokens, dim) float32, unit rows


def _content_tokens(encoding: Any, hidden: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """One sentence's (ids, unit vectors) without special tokens and punctuation-only pieces."""
    special = np.asarray(encoding.special_tokens_mask, dtype=bool)
    words = np.asarray([_is_content(t) for t in encoding.tokens], dtype=bool)
    keep = ~special & words
    if not keep.any():
        keep = ~special
    if not keep.any():
        keep = np.zeros(len(special), dtype=bool)
        keep[0] = True
    h = hidden[keep]
    h = h / np.maximum(np.linalg.norm(h, axis=1, keepdims=True), 1e-12)
    return np.asarray(encoding.ids, dtype=np.int64)[keep], h.astype(np.float32)


def _is_content(token: str) -> bool:
    """A token with a letter or digit (a "##" word piece counts): punctuation says nothing of meaning."""
    return any(ch.isalnum() for ch in token.removeprefix("##"))


def _pack(per: Sequence[tuple[np.ndarray, np.ndarray]], dim: int) -> TokenVectors:
    ptr = np.zeros(len(per) + 1, dtype=np.int64)
    ptr[1:] = np.cumsum([len(ids) for ids, _ in per]) if per else []
    if not per or ptr[-1] == 0:
        return TokenVectors(ptr, np.zeros(0, np.int64), np.zeros((0, dim), np.float32))
    return TokenVectors(ptr, np.concatenate([ids for ids, _ in per]), np.concatenate([v for _, v in per]))


def default_model_dir() -> Path:
    """The model folder: $PARALLAX_MODEL_DIR if set, else the shipped resources/models/<MODEL_NAME>."""
    override = os.environ.get(ENV_MODEL_DIR)
    return Path(override) if override else resource_path("models", MODEL_NAME)


def load_embedder(model_dir: Path) -> Embedder:
    """Load the model in `model_dir`; raises when files or runtime are missing (see get_embedder)."""
    config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
    model_file = model_dir / config.get("model", "model.onnx")
    tokenizer_file = model_dir / config.get("tokenizer", "tokenizer.json")
    for path in (model_file, tokenizer_file):
        if not path.is_file():
            raise FileNotFoundError(path)
    import onnxruntime as ort
    from tokenizers import Tokenizer

    if hasattr(ort, "disable_telemetry_events"):
        ort.disable_telemetry_events()
    ort.set_default_logger_severity(3)
    options = ort.SessionOptions()
    options.intra_op_num_threads = max(1, min(MAX_THREADS, os.cpu_count() or 1))
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    options.log_severity_level = 3
    # Waiting threads sleep instead of spinning: the app shares the CPU with the UI and other work.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    session = ort.InferenceSession(str(model_file), options, providers=["CPUExecutionProvider"])
    tokenizer = Tokenizer.from_file(str(tokenizer_file))
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length=int(config["max_tokens"]))
    embedder = Embedder(session, tokenizer, config, model_dir)
    embedder.warm_up()
    return embedder


def get_embedder(model_dir: str | Path | None = None) -> Embedder | None:
    """The shared Embedder for `model_dir` (default: see default_model_dir), or None if it cannot load.

    Cached per folder, thread-safe, never raises and never downloads: a missing model or runtime
    is logged once and the caller goes on without embeddings.
    """
    folder = Path(model_dir) if model_dir is not None else default_model_dir()
    key = str(folder.resolve())
    with _lock:
        if key not in _cache:
            try:
                _cache[key] = load_embedder(folder)
            except Exception as exc:  # any failure means "no embeddings", never a crash
                log.warning("sentence embeddings unavailable (%s): %s", folder, exc)
                _cache[key] = None
        return _cache[key]
