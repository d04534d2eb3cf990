"""Presentation logic over a Comparison: aligned rows, difference order, conflict spans.

Pure Python (no Qt) so it is cheap to test and reuse: the models turn these
plain structures into Qt roles, the views only paint them.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from core.model import Comparison, Fact, Sentence

# Order in which a row's status is decided: the most telling status wins.
_ROW_STATUS_ORDER = ("differing", "unique", "shared", "ignored")


@dataclass(frozen=True)
class ConflictSpan:
    """A conflicting mention inside one sentence, in sentence-relative character offsets."""

    start: int
    end: int
    fact_id: str
    text: str
    others: tuple[tuple[str, str], ...]  # (source title, value text) of the other sources


@dataclass(frozen=True)
class Row:
    """One aligned row: for each source (in source order) the sentence ids it holds here."""

    cells: tuple[tuple[str, ...], ...]
    status: str


@dataclass
class Layout:
    """Everything the views need, computed once per comparison change."""

    sources: list[str]
    titles: dict[str, str]
    sentences: dict[str, Sentence]
    by_source: dict[str, list[str]]
    rows: list[Row]
    row_of: dict[str, int]
    linked: dict[str, list[tuple[str, str, float, bool]]]  # id -> [(other id, relation, score, manual)]
    spans: dict[str, tuple[ConflictSpan, ...]] = field(default_factory=dict)
    fact_sentences: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def empty(cls) -> Layout:
        return cls([], {}, {}, {}, [], {}, {})


_prepared: list[tuple[Comparison, Layout]] = []  # the last few layouts a worker built ahead of time
_prepared_lock = threading.Lock()


def prepare_layout(comparison: Comparison | None) -> None:
    """Build a comparison's layout now (in a worker thread), so the UI thread only picks it up."""
    if comparison is None:
        return
    layout = build_layout(comparison)
    with _prepared_lock:
        _prepared[:] = [*_prepared[-2:], (comparison, layout)]


def prepared_layout(comparison: Comparison | None) -> Layout | None:
    """The layout a worker prepared for this very comparison object, if any."""
    with _prepared_lock:
        return next((layout for c, layout in _prepared if c is comparison), None)


def layout_for(comparison: Comparison | None) -> Layout:
    """The layout prepared for this very comparison object, else one built here and now."""
    return prepared_layout(comparison) or build_layout(comparison)


def update_layout(old: Layout, before: Comparison | None, comparison: Comparison | None,
                  pair: frozenset[str] | None) -> Layout:
    """The layout after one pair's link changed (link, unlink, shared/differing), reusing the rest.

    A relation change keeps every row (the two rows' statuses move); a link or unlink
    regroups rows, but sentences, link maps, sources and conflict spans are patched or reused.
    Anything else (a new comparison, a rename) is a full build.
    """
    if (
        pair is None
        or len(pair) != 2
        or before is None
        or comparison is None
        or comparison.sources is not before.sources
        or comparison.facts is not before.facts
        or len(comparison.sentences) != len(old.sentences)
        or not pair <= old.sentences.keys()
    ):
        return build_layout(comparison)
    a, b = sorted(pair)
    sentences = dict(old.sentences)
    for s in comparison.sentences:
        if s.id in pair:
            sentences[s.id] = s
    link = next((k for k in comparison.links if k.a in pair and k.b in pair), None)
    linked = dict(old.linked)
    for one, other in ((a, b), (b, a)):
        entries = old.linked.get(one, [])
        new = (other, link.relation, link.score, link.manual) if link is not None else None
        if any(e[0] == other for e in entries):
            entries = [e if e[0] != other else new for e in entries if e[0] != other or new is not None]
        elif new is not None:
            entries = [*entries, new]
        if entries:
            linked[one] = entries  # type: ignore[assignment]
        else:
            linked.pop(one, None)
    was_linked = any(e[0] == b for e in old.linked.get(a, []))
    if was_linked and link is not None:  # same groups: only the statuses of the pair's rows can move
        rows = list(old.rows)
        for n in {old.row_of[a], old.row_of[b]}:
            rows[n] = Row(rows[n].cells, row_status(sentences[i].status for c in rows[n].cells for i in c))
        row_of = old.row_of
    else:
        rows = aligned_rows(old.sources, old.by_source, sentences, linked)
        row_of = {sid: i for i, row in enumerate(rows) for cell in row.cells for sid in cell}
    return Layout(old.sources, old.titles, sentences, old.by_source, rows, row_of, linked, old.spans,
                  old.fact_sentences)


def _linked(comparison: Comparison, sentences: dict[str, Sentence]) -> dict[str, list[tuple[str, str, float, bool]]]:
    linked: dict[str, list[tuple[str, str, float, bool]]] = {}
    for k in comparison.links:
        if k.a in sentences and k.b in sentences:
            linked.setdefault(k.a, []).append((k.b, k.relation, k.score, k.manual))
            linked.setdefault(k.b, []).append((k.a, k.relation, k.score, k.manual))
    return linked


def build_layout(comparison: Comparison | None) -> Layout:
    """Derive rows, link maps and conflict spans from a comparison (None gives an empty layout)."""
    if comparison is None:
        return Layout.empty()
    sources = [s.id for s in comparison.sources]
    titles = {s.id: s.title or s.origin or s.id for s in comparison.sources}
    sentences = {s.id: s for s in comparison.sentences}
    by_source: dict[str, list[str]] = {sid: [] for sid in sources}
    order = {sid: n for n, sid in enumerate(sources)}
    for s in sorted(comparison.sentences, key=lambda s: (order[s.source], s.index)):
        by_source[s.source].append(s.id)
    linked = _linked(comparison, sentences)
    rows = aligned_rows(sources, by_source, sentences, linked)
    row_of = {sid: i for i, row in enumerate(rows) for cell in row.cells for sid in cell}
    spans, fact_sentences = _conflict_spans(comparison, sentences, titles)
    return Layout(sources, titles, sentences, by_source, rows, row_of, linked, spans, fact_sentences)


def aligned_rows(
    sources: list[str],
    by_source: dict[str, list[str]],
    sentences: dict[str, Sentence],
    linked: dict[str, list[tuple[str, str, float, bool]]],
) -> list[Row]:
    """One row per connected component of linked sentences.

    Rows follow the first source's reading order; each later source's sentences
    that start a new row are inserted right after the row of that source's
    previous sentence, so every source still reads top to bottom where it can.
    """
    parent = {sid: sid for src in sources for sid in by_source[src]}

    def find(x: str) -> str:
        while parent[x] != x:  # path halving: later finds are short
            parent[x] = x = parent[parent[x]]
        return x

    for a, others in linked.items():
        ra = find(a)  # stays a root: other roots are attached under it
        for other in others:
            rb = find(other[0])
            if rb != ra:
                parent[rb] = ra
    root_of = {sid: find(sid) for sid in parent}
    cells: dict[str, list[list[str]]] = {}
    for k, src in enumerate(sources):
        for sid in by_source[src]:
            root = root_of[sid]
            row = cells.get(root)
            if row is None:
                row = cells[root] = [[] for _ in sources]
            row[k].append(sid)
    # Rows as a linked list (root -> next root) so inserting after a row is O(1).
    # A new row goes after the row of the same source's previous sentence, and after rows that
    # earlier sources (not the first) put in that same gap, so insertions keep their order.
    head = ""
    following: dict[str, str | None] = {head: None}
    creator: dict[str, int] = {}
    for j, src in enumerate(sources):
        last = head
        for sid in by_source[src]:
            root = root_of[sid]
            if root not in following:
                nxt = following[last]
                while nxt is not None and 0 < creator[nxt] < j and not cells[nxt][j]:
                    last, nxt = nxt, following[nxt]
                following[root] = nxt
                following[last] = root
                creator[root] = j
            last = root
    rows = []
    node = following[head]
    while node is not None:
        row_cells = tuple(map(tuple, cells[node]))
        statuses = {sentences[i].status for c in row_cells for i in c}
        rows.append(Row(row_cells, next(s for s in _ROW_STATUS_ORDER if s in statuses)))
        node = following[node]
    return rows


def row_status(statuses: object) -> str:
    """The most telling status among a row's sentences (differing beats unique beats shared)."""
    present = set(statuses)  # type: ignore[call-overload]
    return next((s for s in _ROW_STATUS_ORDER if s in present), "shared")


def difference_rows(layout: Layout, visible: set[str] | None = None) -> list[int]:
    """Rows a person steps through with next/previous difference: differing or unique ones."""
    wanted = {"differing", "unique"} if visible is None else {"differing", "unique"} & visible
    return [i for i, row in enumerate(layout.rows) if row.status in wanted]


def _conflict_spans(
    comparison: Comparison, sentences: dict[str, Sentence], titles: dict[str, str]
) -> tuple[dict[str, tuple[ConflictSpan, ...]], dict[str, tuple[str, ...]]]:
    """Map every mention of a differing fact to its sentence, with the other sources' values."""
    spans: dict[str, list[ConflictSpan]] = {}
    fact_sentences: dict[str, tuple[str, ...]] = {}
    for fact in comparison.facts:
        ids: list[str] = []
        for m in fact.mentions:
            sent = _sentence_of(m.sentence, m.source, m.start, m.end, sentences)
            if sent is None:
                continue
            if sent.id not in ids:
                ids.append(sent.id)
            if fact.status != "differing":
                continue
            others = tuple((titles.get(o.source, o.source), o.text) for o in fact.mentions if o.source != m.source)
            spans.setdefault(sent.id, []).append(
                ConflictSpan(m.start - sent.start, m.end - sent.start, fact.id, m.text, others)
            )
        fact_sentences[fact.id] = tuple(ids)
    return {k: tuple(sorted(v, key=lambda s: s.start)) for k, v in spans.items()}, fact_sentences


def _sentence_of(
    sentence_id: str, source: str, start: int, end: int, sentences: dict[str, Sentence]
) -> Sentence | None:
    """The mention's sentence; falls back to the offsets when the id is missing or wrong."""
    sent = sentences.get(sentence_id)
    if sent is not None and sent.source == source and sent.start <= start and end <= sent.end:
        return sent
    return next(
        (s for s in sentences.values() if s.source == source and s.start <= start and end <= s.end),
        None,
    )


def fact_label(fact: Fact) -> str:
    """What a facts table shows in its first column: the label, else the kind ("fact 3" when even that is vague)."""
    if fact.label:
        return fact.label
    return fact.kind if fact.kind != "other" else f"fact {fact.id.lstrip('f')}"
