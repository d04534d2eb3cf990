"""What the report lays out: aligned rows of linked sentences and the conflicting spans inside them.

Kept apart from the HTML so that the grouping can be tested (and reused by other exporters)
without parsing markup.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.model import Comparison, Sentence


@dataclass(frozen=True)
class Row:
    """Sentences that report the same thing: each source's sentences in reading order."""

    status: str  # "shared" or "differing"
    cells: dict[str, tuple[Sentence, ...]]  # source id -> its sentences in this row (may be empty)


def aligned_rows(comparison: Comparison) -> list[Row]:
    """Group linked sentences into rows: one row per connected group of links.

    A sentence linked to two in another source pulls both into its row, so each row reads as
    "this is what every source says about it". Rows follow the articles' reading order, judged
    by the mean relative position of their sentences, so no source dominates the order.
    """
    by_id = comparison.sentence_index()
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for link in comparison.links:
        if link.a in by_id and link.b in by_id:
            ra, rb = find(link.a), find(link.b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[Sentence]] = {}
    for sid in parent:
        groups.setdefault(find(sid), []).append(by_id[sid])
    differing_roots = {find(k.a) for k in comparison.links if k.relation == "differing" and k.a in by_id}

    order = {s.id: n for n, s in enumerate(comparison.sentences)}
    position = _relative_positions(comparison)
    rows: list[tuple[float, int, Row]] = []
    for root, members in groups.items():
        members.sort(key=lambda s: order[s.id])
        cells = {src.id: tuple(s for s in members if s.source == src.id) for src in comparison.sources}
        status = "differing" if root in differing_roots else "shared"
        mean = sum(position[s.id] for s in members) / len(members)
        rows.append((round(mean, 9), order[members[0].id], Row(status, cells)))
    rows.sort(key=lambda r: (r[0], r[1]))
    return [r[2] for r in rows]


def unique_sentences(comparison: Comparison) -> dict[str, list[Sentence]]:
    """Per source (in source order), the compared sentences no other source links to."""
    linked = {end for k in comparison.links for end in (k.a, k.b)}
    return {
        src.id: [s for s in comparison.sentences_of(src.id) if s.status != "ignored" and s.id not in linked]
        for src in comparison.sources
    }


def conflict_spans(comparison: Comparison, sentence: Sentence) -> list[tuple[int, int]]:
    """Offsets (relative to the sentence) of the mentions of differing facts, merged and sorted."""
    spans: list[tuple[int, int]] = []
    for fact in comparison.facts:
        if fact.status != "differing":
            continue
        for m in fact.mentions:
            if m.source != sentence.source:
                continue
            start, end = max(m.start, sentence.start), min(m.end, sentence.end)
            if start < end:
                spans.append((start - sentence.start, end - sentence.start))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def status_counts(comparison: Comparison, source_id: str) -> dict[str, int]:
    """How many of a source's sentences have each status."""
    counts = {"shared": 0, "differing": 0, "unique": 0, "ignored": 0}
    for s in comparison.sentences_of(source_id):
        counts[s.status] = counts.get(s.status, 0) + 1
    return counts


def _relative_positions(comparison: Comparison) -> dict[str, float]:
    """Each compared sentence's place in its own article, from 0 (first) to 1 (last)."""
    out: dict[str, float] = {}
    for src in comparison.sources:
        compared = [s for s in comparison.sentences_of(src.id) if s.status != "ignored"]
        n = max(len(compared), 1)
        for i, s in enumerate(compared):
            out[s.id] = (i + 0.5) / n
        for s in comparison.sentences_of(src.id):
            out.setdefault(s.id, 0.0)
    return out
