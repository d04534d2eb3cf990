"""Time and memory of a comparison, beside a naive all-pairs difflib baseline.

    .venv/bin/python bench/speed.py [--budget SECONDS] [--no-embeddings]

Cases (each in its own process, so peak memory is its own): the seed articles end to end
(after the model is loaded, and a cold `parallax compare` on them), 10 generated articles of
100 sentences, 2 generated articles of 5,000 sentences. The baseline scores every
cross-source sentence pair with difflib.SequenceMatcher.ratio until the budget runs out and
extrapolates to all pairs; the ratio column is baseline time / Parallax time.
"""

from __future__ import annotations

import argparse
import difflib
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from core.document import Document  # noqa: E402
from core.readers import read_source, read_text  # noqa: E402

SEEDS = sorted((SHARED / "seeds").glob("*.txt"))
CASES = ("seeds", "10x100", "2x5000")


def _vocabulary(rng: random.Random, n: int) -> list[str]:
    letters = "abcdefghijklmnoprstuvwy"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(3, 10))) for _ in range(n)]


def generated(articles: int, sentences: int, seed: int = 7) -> list[Document]:
    """Articles that retell a shared pool of events in other words and orders, plus their own."""
    rng = random.Random(seed)
    vocab = _vocabulary(rng, 20_000)
    weights = [1.0 / (r + 1) for r in range(len(vocab))]  # Zipf-like word frequencies
    names = [w.capitalize() for w in rng.sample(vocab, 500)]

    def sentence() -> list[str]:
        words = rng.choices(vocab, weights, k=rng.randint(8, 30))
        words[rng.randrange(len(words))] = rng.choice(names)
        if rng.random() < 0.3:
            words.insert(rng.randrange(len(words)), str(rng.randint(2, 9999)))
        return words

    pool = [sentence() for _ in range(sentences)]
    docs = []
    for a in range(articles):
        lines = []
        for i in range(sentences):
            if rng.random() < 0.5:  # retell a shared event: drop and swap some words
                words = [w for w in pool[i] if rng.random() > 0.2]
                words = [rng.choices(vocab, weights)[0] if rng.random() < 0.2 else w for w in words] or ["event"]
            else:
                words = sentence()
            lines.append(" ".join(words).capitalize() + ".")
        rng.shuffle(lines)
        paras = ["\n".join([" ".join(lines[k : k + 4])]) for k in range(0, len(lines), 4)]
        docs.append(read_text("\n\n".join(paras), origin=f"generated-{a + 1}"))
    return docs


def documents(case: str) -> list[Document]:
    if case == "seeds":
        return [read_source(str(p)) for p in SEEDS]
    if case == "10x100":
        return generated(10, 100)
    return generated(2, 5000)


def run_case(case: str, budget: float, embeddings: bool) -> dict[str, float]:
    """Runs in a child process: Parallax's time, peak memory and the extrapolated baseline."""
    import core.align
    from core.pipeline import build_sentences, compare

    if not embeddings:
        core.align.load_embedder = lambda: None  # type: ignore[assignment]
    docs = documents(case)
    t0 = time.perf_counter()
    embedder = core.align.load_embedder()
    if embedder is not None:
        embedder.encode(["warm up"])  # type: ignore[attr-defined]
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    result = compare(docs)
    wall = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    _sources, sents = build_sentences(docs)
    by_source: dict[str, list[str]] = {}
    for s in sents:
        if s.status != "ignored":
            by_source.setdefault(s.source, []).append(s.text)
    texts = list(by_source.values())
    pairs = sum(len(texts[p]) * len(texts[q]) for p in range(len(texts)) for q in range(p + 1, len(texts)))
    done, t0 = 0, time.perf_counter()
    stop = False
    for p in range(len(texts)):
        for q in range(p + 1, len(texts)):
            for a in texts[p]:
                for b in texts[q]:
                    difflib.SequenceMatcher(None, a, b).ratio()
                    done += 1
                if time.perf_counter() - t0 > budget:
                    stop = True
                    break
            if stop:
                break
        if stop:
            break
    spent = time.perf_counter() - t0
    baseline = spent * pairs / max(1, done)
    return {
        "sentences": float(sum(len(t) for t in texts)),
        "pairs": float(pairs),
        "links": float(len(result.links)),
        "load": load,
        "wall": wall,
        "peak_mb": peak_mb,
        "baseline": baseline,
        "baseline_measured": float(done),
    }


def cold_cli() -> float:
    """Wall time of a fresh `parallax compare` on the seeds, start-up and model load included."""
    t0 = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from core.cli import main; sys.exit(main(sys.argv[1:]))",
            *map(str, SEEDS),
            "--json",
            "/dev/null",
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--budget", type=float, default=3.0, help="seconds the difflib baseline may run per case")
    ap.add_argument("--no-embeddings", action="store_true", help="lexical evidence only")
    ap.add_argument("--case", choices=CASES, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.case:
        print(json.dumps(run_case(args.case, args.budget, not args.no_embeddings)))
        return 0
    print(
        f"{'case':8s} {'sents':>6s} {'pairs':>11s} {'links':>6s} {'load s':>7s} {'wall s':>7s} "
        f"{'peak MB':>8s} {'difflib s (extrap.)':>20s} {'ratio':>8s}"
    )
    for case in CASES:
        cmd = [sys.executable, __file__, "--case", case, "--budget", str(args.budget)]
        if args.no_embeddings:
            cmd.append("--no-embeddings")
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        r = json.loads(out.strip().splitlines()[-1])
        print(
            f"{case:8s} {int(r['sentences']):6d} {int(r['pairs']):11d} {int(r['links']):6d} {r['load']:7.2f} "
            f"{r['wall']:7.3f} {r['peak_mb']:8.0f} {r['baseline']:20.1f} {r['baseline'] / r['wall']:7.0f}x"
        )
    if SEEDS:
        print(f"cold `parallax compare` on the seeds: {cold_cli():.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
