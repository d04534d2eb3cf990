"""The shipped sentence model: shape, normalisation, paraphrase vs same-topic decoy, edge cases, fallbacks."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from core.align import embedding
from core.align.embedding import ENV_MODEL_DIR, get_embedder
from core.resources import resource_path

SENTENCES = [
    "The mayor freed the jailed activist on Monday.",
    "On Monday the activist was released from jail by the mayor.",
    "The mayor opened a new bridge on Monday.",
]


@pytest.fixture(scope="module")
def embedder() -> embedding.Embedder:
    model = get_embedder(resource_path("models", embedding.MODEL_NAME))
    assert model is not None, "the shipped model under resources/models/ failed to load"
    return model


def test_encode_returns_unit_rows_of_the_model_dimension(embedder: embedding.Embedder) -> None:
    vectors = embedder.encode(SENTENCES)
    assert vectors.shape == (3, embedder.dim) == (3, 384)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_paraphrase_scores_above_a_same_topic_sentence(embedder: embedding.Embedder) -> None:
    freed, released, bridge = embedder.encode(SENTENCES)
    assert float(freed @ released) > float(freed @ bridge) + 0.2
    assert float(released @ freed) > float(released @ bridge) + 0.2


def test_paraphrases_pair_up_across_two_invented_articles(embedder: embedding.Embedder) -> None:
    left = [
        "Floodwater forced 300 families out of Lowmere overnight.",
        "The river crested at 6.2 metres on Thursday morning.",
        "Schools in the district will stay shut until Monday.",
    ]
    right = [
        "Classes across the district are cancelled until next week.",
        "About 300 households in Lowmere had to leave their homes during the night because of the flood.",
        "The water level peaked at 6.2m early on Thursday.",
    ]
    sims = embedder.encode(left) @ embedder.encode(right).T
    assert list(sims.argmax(axis=1)) == [1, 2, 0]


def test_empty_input_gives_an_empty_matrix(embedder: embedding.Embedder) -> None:
    assert embedder.encode([]).shape == (0, embedder.dim)
    blank = embedder.encode(["", "   "])
    np.testing.assert_allclose(np.linalg.norm(blank, axis=1), 1.0, atol=1e-5)


def test_very_long_text_is_truncated_not_rejected(embedder: embedding.Embedder) -> None:
    long_text = "The council met again to discuss the harbour budget. " * 800  # ~43,000 characters
    vectors = embedder.encode([long_text, SENTENCES[0]])
    assert vectors.shape == (2, embedder.dim)
    assert np.isfinite(vectors).all()
    head = embedder.encode(["The council met again to discuss the harbour budget. " * 40])
    assert float(vectors[0] @ head[0]) > 0.95  # both are cut at max_tokens of the same repeated text


def test_encode_is_deterministic_and_keeps_input_order(embedder: embedding.Embedder) -> None:
    longer = "A much longer sentence about the weather, the harbour and the council budget."
    texts = [*SENTENCES, "A short one.", longer]
    first = embedder.encode(texts)
    second = embedder.encode(texts)
    assert np.array_equal(first, second)
    reversed_rows = embedder.encode(texts[::-1])[::-1]
    assert np.all(np.sum(first * reversed_rows, axis=1) > 0.98)


def test_batching_does_not_mix_rows_up(embedder: embedding.Embedder) -> None:
    texts = [f"Item {i}: the ferry to island number {i} left {'late ' * (i % 7)}today." for i in range(40)]
    together = embedder.encode(texts)
    alone = np.vstack([embedder.encode([t]) for t in texts[:5]])
    assert np.all(np.sum(together[:5] * alone, axis=1) > 0.97)


def test_get_embedder_is_cached(embedder: embedding.Embedder) -> None:
    assert get_embedder(embedder.model_dir) is embedder


def test_missing_model_dir_gives_none(tmp_path: Path) -> None:
    assert get_embedder(tmp_path / "no-such-model") is None


def test_env_var_overrides_the_model_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_MODEL_DIR, str(tmp_path / "elsewhere"))
    assert embedding.default_model_dir() == tmp_path / "elsewhere"
    assert get_embedder() is None


def test_damaged_model_gives_none(tmp_path: Path, embedder: embedding.Embedder) -> None:
    for name in ("config.json", "tokenizer.json"):
        shutil.copyfile(embedder.model_dir / name, tmp_path / name)
    (tmp_path / "model.onnx").write_bytes(b"not an onnx file")
    assert get_embedder(tmp_path) is None


def test_importing_the_module_does_not_load_onnxruntime() -> None:
    code = "import sys, core.align.embedding; print('onnxruntime' in sys.modules, 'tokenizers' in sys.modules)"
    root = Path(__file__).resolve().parents[3]
    result = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "False"]


def test_the_warm_up_run_leaves_later_vectors_unchanged(
    embedder: embedding.Embedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """load_embedder runs one batch to size onnxruntime's buffers; a model loaded without it encodes the same."""
    texts = ["The ferry lost both engines in the storm.", "Twenty-two people were lifted off by helicopter."]
    warmed = embedder.encode_tokens(texts)
    monkeypatch.setattr(embedding.Embedder, "warm_up", lambda self: None)
    cold = embedding.load_embedder(embedder.model_dir)
    again = cold.encode_tokens(texts)
    np.testing.assert_array_equal(warmed[0], again[0])
    np.testing.assert_array_equal(warmed[1].vectors, again[1].vectors)
