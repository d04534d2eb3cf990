"""Run the engine on the invented article sets in tests/fixtures/articles and read their gold.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from core.align import align
from core.model import Comparison, Link
from core.pipeline import build_sentences
from core.readers import read_source

ARTICLES = Path(__file__).resolve().parents[2] / "fixtures" / "articles"

# Two short invented reports of one rescue, for tests that need sentences rather than files
A = [
    "Fire crews rescued four climbers from the north face of Mount Orrin on Sunday.",
    "The climbers had been stranded for two nights after a rock fall.",
    "Mountain guide Petra Lusk said the weather had turned suddenly.",
    "The Orrin hut will stay closed until the path is repaired.",
]
B = [
    "A rock fall left four climbers stranded on Mount Orrin for two nights.",
    "Fire crews reached the four climbers on Sunday and brought them down the north face.",
    "Petra Lusk also runs a cafe in the valley.",
    "Tourism in the valley has grown by a third in five years.",
]


def load(name: str) -> tuple[dict[str, Any], Comparison]:
    """The gold annotation and the (unaligned) comparison of one fixture set."""
    gold = json.loads((ARTICLES / name / "gold.json").read_text(encoding="utf-8"))
    docs = [read_source(str(ARTICLES / name / s["file"])) for s in gold["sources"]]
    sources, sentences = build_sentences(docs)
    return gold, Comparison(sources=sources, sentences=sentences)


def run(name: str, embedder: Any = None) -> tuple[dict[str, Any], Comparison]:
    """Align one fixture set (lexical only unless an embedder is given)."""
    gold, comp = load(name)
    by_source = [[s for s in comp.sentences_of(src.id) if s.status != "ignored"] for src in comp.sources]
    links = align(by_source, embedder=embedder)
    return gold, Comparison(comp.sources, comp.sentences, links).with_statuses()


def sentence_of(gold: dict[str, Any], comp: Comparison, gsource: str, quote: str) -> str:
    """The id of the sentence holding a gold quote (sources in gold order)."""
    order = [s["id"] for s in gold["sources"]]
    src = comp.sources[order.index(gsource)]
    at = src.text.lower().find(quote.lower())
    assert at >= 0, quote
    for s in comp.sentences_of(src.id):
        if s.start <= at < s.end:
            return s.id
    raise AssertionError(f"no sentence holds {quote!r}")


def found_links(gold: dict[str, Any], comp: Comparison) -> tuple[int, int]:
    """How many gold links the comparison has, of how many."""
    have = {k.key() for k in comp.links}
    hits = sum(
        frozenset((sentence_of(gold, comp, *g["a"]), sentence_of(gold, comp, *g["b"]))) in have for g in gold["links"]
    )
    return hits, len(gold["links"])


def wrong_links(gold: dict[str, Any], comp: Comparison) -> list[Link]:
    """Links between annotated sentences that the gold does not have."""
    pairs = {frozenset((sentence_of(gold, comp, *g["a"]), sentence_of(gold, comp, *g["b"]))) for g in gold["links"]}
    annotated = {x for p in pairs for x in p} | {sentence_of(gold, comp, *u) for u in gold["unique"]}
    return [k for k in comp.links if k.key() <= annotated and k.key() not in pairs]


def unique_marked(gold: dict[str, Any], comp: Comparison) -> tuple[int, int]:
    """How many gold-unique sentences are marked unique, of how many."""
    status = {s.id: s.status for s in comp.sentences}
    ids = [sentence_of(gold, comp, *u) for u in gold["unique"]]
    return sum(status[i] == "unique" for i in ids), len(ids)
