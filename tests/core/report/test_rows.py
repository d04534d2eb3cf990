"""Grouping linked sentences into report rows, and finding the conflicting words inside them."""

from __future__ import annotations

from dataclasses import replace

from core.model import Comparison, Fact, Mention
from core.report.rows import aligned_rows, conflict_spans, status_counts, unique_sentences
from tests.core.report.sample import sample_comparison


def test_sample_is_a_valid_contract_document() -> None:
    c = sample_comparison()
    assert Comparison.from_json(c.to_json()).to_json() == c.to_json()


def test_linked_sentences_share_a_row_in_reading_order() -> None:
    rows = aligned_rows(sample_comparison())
    assert [(r.status, {k: [s.id for s in v] for k, v in r.cells.items()}) for r in rows] == [
        ("shared", {"s1": ["s1:1"], "s2": ["s2:0"], "s3": ["s3:0"]}),
        ("differing", {"s1": ["s1:2"], "s2": ["s2:1"], "s3": ["s3:1"]}),
    ]


def test_one_sentence_linked_to_two_pulls_both_into_its_row() -> None:
    c = sample_comparison()
    c.links.append(replace(c.links[0], a="s1:1", b="s2:2"))
    rows = aligned_rows(c)
    assert [s.id for s in rows[0].cells["s2"]] == ["s2:0", "s2:2"]
    assert len(rows) == 2


def test_unique_sentences_are_the_unlinked_compared_ones() -> None:
    uniques = unique_sentences(sample_comparison())
    assert {k: [s.id for s in v] for k, v in uniques.items()} == {"s1": ["s1:3"], "s2": ["s2:2"], "s3": []}


def test_conflict_spans_are_relative_to_the_sentence_and_merged() -> None:
    c = sample_comparison()
    sentence = c.sentence("s1:2")
    assert conflict_spans(c, sentence) == [(0, len("Almost 40 people were hurt"))]
    overlapping = Mention("s1", "s1:2", sentence.start + 7, sentence.start + 16, "40 people", 40)
    c.facts.append(Fact("f2", "number", "differing", (overlapping,)))
    assert conflict_spans(c, sentence) == [(0, len("Almost 40 people were hurt"))]
    c.facts[0] = replace(c.facts[0], status="shared")
    assert conflict_spans(c, sentence) == [(7, 16)]


def test_status_counts_cover_every_status() -> None:
    assert status_counts(sample_comparison(), "s1") == {"shared": 1, "differing": 1, "unique": 1, "ignored": 1}
