"""The facts come out in one order whatever the order of the sets they were gathered in.

Sets of mentions iterate in an order that follows string hashes, which change with each process
(PYTHONHASHSEED): two mentions that start at one word ("chief of Cresse" and "chief of Cresse Mountain
Rescue") once swapped places from run to run, and the JSON was not byte-for-byte the same."""

from __future__ import annotations

import random

from core.facts.collect import MentionKey, _number


def _key(end: int, sentence: str = "s1:0") -> MentionKey:
    return MentionKey(sentence, 10, end, "s1", "x" * (end - 10), "other", f"v{end}", "role")


def test_mentions_starting_at_one_word_are_ordered_by_their_end_whatever_the_set_order() -> None:
    ends = list(range(20, 36))
    orders = []
    for seed in range(6):
        shuffled = ends[:]
        random.Random(seed).shuffle(shuffled)
        group = set()
        for end in shuffled:
            group.add(_key(end))
        (fact,) = _number([("differing", group)])
        orders.append([m.end for m in fact.mentions])
    assert orders == [ends] * 6


def test_facts_whose_first_mentions_start_at_one_word_keep_one_order() -> None:
    groups = [("differing", {_key(40)}), ("differing", {_key(25)}), ("shared", {_key(30)})]
    for seed in range(4):
        random.Random(seed).shuffle(groups)
        facts = _number(groups)
        assert [f.mentions[0].end for f in facts] == [25, 30, 40]
        assert [f.id for f in facts] == ["f1", "f2", "f3"]
