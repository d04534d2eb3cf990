"""Score the facts engine alone, on the gold's perfect links (or on the real pipeline with --pipeline).

    .venv/bin/python bench/facts_gold_links.py [--pipeline] [--show]

For each gold file the oracle's perfect result (/tmp/oracle/NAME.json, made by the devset's
tools/oracle.py) gives sources, sentences and links.  The oracle's sentences are just the gold
quotes, so each is widened to the full sentence(s) it touches; link relations are reset to
"shared" and facts emptied, then find_facts decides them and score.py judges the result.  With
--pipeline the articles go through `compare()` instead, so alignment errors count too.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from syntok import segmenter

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scorer import load_score_module  # noqa: E402

from core.facts import find_facts  # noqa: E402
from core.model import Comparison, Link, Sentence, recompute_statuses  # noqa: E402

SHARED = Path(os.environ.get("PARALLAX_SHARED", ROOT.parent / "shared"))
ORACLE = Path(tempfile.gettempdir()) / "oracle"
GOLDS = [("seeds", SHARED / "gold" / "seeds.json")] + [
    (p.name, p / "gold.json") for p in sorted((SHARED / "devset").glob("[0-9]*")) if (p / "gold.json").exists()
]
METRICS = ("relation_accuracy", "conflict_recall", "trap_pass_rate")



def _spans(text: str) -> list[tuple[int, int]]:
    out = []
    for paragraph in segmenter.analyze(text):
        for sentence in paragraph:
            tokens = list(sentence)
            if tokens:
                out.append((tokens[0].offset, tokens[-1].offset + len(tokens[-1].value)))
    return out


def _widen(doc: Comparison) -> Comparison:
    """Grow each quote-sentence to the full sentences it overlaps, so facts next to the quote are seen."""
    spans = {s.id: _spans(s.text) for s in doc.sources}
    texts = {s.id: s.text for s in doc.sources}
    widened = []
    for s in doc.sentences:
        hits = [(a, b) for a, b in spans[s.source] if a < s.end and s.start < b]
        a = min([s.start] + [h[0] for h in hits])
        b = max([s.end] + [h[1] for h in hits])
        widened.append(replace(s, start=a, end=b, text=texts[s.source][a:b]))
    return replace(doc, sentences=widened)


def oracle_input(name: str, gold_path: Path | None = None) -> Comparison:
    path = ORACLE / f"{name}.json"
    if not path.exists() and gold_path is not None:  # build the perfect result with the devset's own tool
        ORACLE.mkdir(parents=True, exist_ok=True)
        tool = SHARED / "devset" / "tools" / "oracle.py"
        subprocess.run([sys.executable, str(tool), str(gold_path), "-o", str(path)], check=True)
    doc = Comparison.from_dict(json.loads(path.read_text(encoding="utf-8")))
    doc = _widen(doc)
    links = [Link(k.a, k.b, "shared", k.score) for k in doc.links]
    return replace(doc, links=links, facts=[])


def pipeline_input(gold_path: Path) -> Comparison:
    """Run the real command line on the gold's articles; its links are what the aligner found."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    files = [str((gold_path.parent / s["file"]).resolve()) for s in gold["sources"]]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "result.json"
        subprocess.run([str(ROOT / ".venv" / "bin" / "parallax"), "compare", *files, "--json", str(out)], check=True)
        doc = Comparison.from_dict(json.loads(out.read_text(encoding="utf-8")))
    links = [Link(k.a, k.b, "shared", k.score) for k in doc.links]
    return replace(doc, links=links, facts=[])


def run(doc: Comparison) -> tuple[dict, float]:
    t0 = time.perf_counter()
    facts, links = find_facts(doc.sources, doc.sentences, doc.links)
    took = time.perf_counter() - t0
    sentences: list[Sentence] = recompute_statuses(doc.sentences, links)
    out = replace(doc, sentences=sentences, links=links, facts=facts)
    return out.to_dict(), took


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pipeline", action="store_true", help="align with the real pipeline instead of gold links")
    ap.add_argument("--show", action="store_true", help="list missed conflicts and failed traps")
    ap.add_argument("--only", default="", help="run only sets whose name contains this")
    args = ap.parse_args(argv)
    score = load_score_module().score
    rows = []
    print(f"{'set':<20} " + " ".join(f"{m:>18}" for m in METRICS) + f" {'seconds':>8}")
    for name, gold_path in GOLDS:
        if args.only not in name:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = pipeline_input(gold_path) if args.pipeline else oracle_input(name, gold_path)
        data, took = run(doc)
        metrics = score(gold, data)
        rows.append((name, metrics))
        print(f"{name:<20} " + " ".join(f"{metrics[m]:>18.3f}" for m in METRICS) + f" {took:>8.3f}")
        if args.show:
            _show(gold, data, score)
    dev = [m for n, m in rows if n != "seeds"]
    if dev:
        print(f"{'devset mean':<20} " + " ".join(f"{sum(m[k] for m in dev) / len(dev):>18.3f}" for k in METRICS))
    return 0


def _show(gold: dict, data: dict, score) -> None:
    for kind in ("conflicts", "traps"):
        for item in gold.get(kind, []):
            one = {**gold, "conflicts": [item] if kind == "conflicts" else []}
            one["traps"] = [item] if kind == "traps" else []
            m = score(one, data)
            bad = m["conflict_recall"] < 1 if kind == "conflicts" else m["trap_pass_rate"] < 1
            if bad:
                print(f"   {'MISSED' if kind == 'conflicts' else 'TRAP  '} {item['mentions']}")
    for f in data["facts"]:
        if f["status"] == "differing":
            print("   diff:", f.get("label", ""), [(m["source"], m["text"]) for m in f["mentions"]])


if __name__ == "__main__":
    sys.exit(main())
