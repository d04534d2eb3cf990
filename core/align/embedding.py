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
from pathlib import Path
from typing import Any

import numpy as np

from core.resources import resource_path

MODEL_NAME = "minilm-l6-v2-int8"
ENV_MODEL_DIR = "PARALLAX_MODEL_DIR"
MAX_THREADS = 2
BATCH_SIZE = 32

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
        # One caller at a time: a cancelled comparison can still be winding down in a second worker
        # thread, and the Rust tokenizer's batch pool and the ONNX session are shared by both.
        self._encoding = threading.Lock()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embed `texts` in order; shape (len(texts), dim), each row of unit length.

        Texts are sorted by token count and run in batches of similar length, so short sentences
        are not padded to the longest one; texts longer than `max_tokens` are truncated.
        Same input, same output. Note that int8 activations are quantised per batch, so one
        sentence's vector may move slightly (cosine >= ~0.98) with what it is batched with.
        """
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        with self._encoding:
            return self._encode(texts, out)

    def _encode(self, texts: Sequence[str], out: np.ndarray) -> np.ndarray:
        encodings = self._tokenizer.encode_batch([str(t) for t in texts])
        lengths = [len(e.ids) for e in encodings]
        order = sorted(range(len(texts)), key=lambda i: (lengths[i], i))
        for start in range(0, len(order), BATCH_SIZE):
            batch = order[start : start + BATCH_SIZE]
            width = max(lengths[i] for i in batch)
            ids = np.zeros((len(batch), width), dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.int64)
            for row, i in enumerate(batch):
                ids[row, : lengths[i]] = encodings[i].ids
                mask[row, : lengths[i]] = 1
            (vectors,) = self._session.run([self._output], {"input_ids": ids, "attention_mask": mask})
            out[batch] = vectors
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-12)


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
    return Embedder(session, tokenizer, config, model_dir)


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
