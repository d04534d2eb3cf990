"""Run the app in-process on gold-annotated article sets and print every metric of score.py.

    .venv/bin/python bench/quality.py [GOLD.json | DIR ...] [--no-embeddings] [--json OUT.json]

With no argument: the seeds, every development-set cluster and the DEplain-web pairs under
../shared. Each gold file names its sources relative to itself; they are read with
core.readers and compared with core.pipeline (exactly what `parallax compare` does), then
scored with the scorer's own `score()` function. Prints one row per set and the mean per
group. The shipped pair scorer (core/data/aligner.json) was fitted on all of these clusters, so
these are in-sample figures: bench/train_aligner.py gives the leave-one-cluster-out ones.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from scorer import load_score_module  # noqa: E402

import core.align  # noqa: E402
from core.pipeline import compare  # noqa: E402
from core.readers import read_source  # noqa: E402

METRICS = (
    ("link_precision", "link P"),
    ("link_recall", "link R"),
    ("link_f1", "link F1"),
    ("relation_accuracy", "rel acc"),
    ("unique_precision", "uniq P"),
    ("unique_recall", "uniq R"),
    ("conflict_recall", "confl R"),
    ("trap_pass_rate", "traps"),
)


def default_golds() -> list[Path]:
    golds = [SHARED / "gold" / "seeds.json"]
    golds += sorted((SHARED / "devset").glob("*/gold.json"))
    golds += sorted((SHARED / "external" / "deplain-web").glob("*/gold.json"))
    return [g for g in golds if g.exists()]


def expand(args: list[str]) -> list[Path]:
    out: list[Path] = []
    for a in args:
        p = Path(a)
        out += sorted(p.glob("**/gold.json")) if p.is_dir() else [p]
    return out


def group_of(gold: Path) -> str:
    """The folder that holds the cluster (devset, deplain-web, heldout, examples...), or the gold file's name."""
    return gold.parent.parent.name if gold.name == "gold.json" else gold.stem


def label_of(gold: Path) -> str:
    return gold.parent.name if gold.name == "gold.json" else gold.stem


def run_one(gold_path: Path, score: Any) -> tuple[dict[str, Any], float]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    files = [str((gold_path.parent / s["file"]).resolve()) for s in gold["sources"]]
    t0 = time.perf_counter()
    comparison = compare([read_source(f) for f in files])
    elapsed = time.perf_counter() - t0
    return score(gold, comparison.to_dict()), elapsed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("golds", nargs="*", help="gold files or folders holding gold.json files")
    ap.add_argument("--no-embeddings", action="store_true", help="lexical evidence only")
    ap.add_argument("--json", metavar="OUT", help="also write all metrics as JSON")
    args = ap.parse_args(argv)
    if args.no_embeddings:
        core.align.load_embedder = lambda: None  # type: ignore[assignment]
    score = load_score_module().score
    golds = expand(args.golds) if args.golds else default_golds()
    header = f"{'set':34s} " + " ".join(f"{h:>7s}" for _, h in METRICS) + f" {'secs':>6s}"
    print(header)
    print("-" * len(header))
    rows: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for g in golds:
        metrics, secs = run_one(g, score)
        missing = len(metrics.get("quotes_not_found", []))
        rows.setdefault(group_of(g), []).append((label_of(g), metrics))
        note = f"  ({missing} quotes not found)" if missing else ""
        print(f"{label_of(g):34s} " + " ".join(f"{metrics[k]:7.3f}" for k, _ in METRICS) + f" {secs:6.2f}{note}")
    print("-" * len(header))
    for group, items in rows.items():
        means = {k: sum(m[k] for _, m in items) / len(items) for k, _ in METRICS}
        name = f"MEAN {group} ({len(items)})"
        print(f"{name:34s} " + " ".join(f"{means[k]:7.3f}" for k, _ in METRICS))
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
