"""Which side (or colour) of one thing two linked sentences give it."""

from __future__ import annotations

import pytest

from core.facts.attributes import rival_attributes

CASES = [
    ("He quit the race with a broken left collarbone.", "He had surgery on his right collarbone.",
     [("left collarbone", "right collarbone")]),
    ("Power was lost in the left engine.", "Its right-hand engine failed on the climb.",
     [("left engine", "right-hand engine")]),
    ("The ferry was holed on its port side.", "The ferry was holed on its starboard side.",
     [("port side", "starboard side")]),
    ("Flooding closed the northern carriageway.", "Flooding closed the south carriageway.",
     [("northern carriageway", "south carriageway")]),
    # the same side in other words, or two axes, is no conflict
    ("He broke his left collarbone.", "His left-side collarbone was broken.", []),
    ("Flooding closed the north carriageway.", "Flooding closed the east carriageway.", []),
    # both sides told in one sentence, or the thing named twice: which is meant is unclear
    ("Water rose from the left bank to the right bank.", "The right bank flooded first.", []),
    ("The left engine failed, then the left wing caught fire.", "The right engine failed.",
     [("left engine", "right engine")]),
    ("Debris fell on the left lane and the right lane.", "Debris blocked the left lane.", []),
    # colours, shades of one colour, and two colours in one sentence
    ("The gang escaped in a silver estate car.", "The men ran to a dark blue estate car.",
     [("silver estate", "dark blue estate")]),
    ("The gang escaped in a dark blue estate car.", "The men ran to a blue estate car.", []),
    ("A red and white van was seen.", "A white van was seen.", []),
    ("The suspect wore a black jacket.", "The suspect wore a grey hat.", []),
    # names, not sides
    ("The rig stands in the North Sea.", "The rig stands in the South Sea.", []),
    ("Fares rose at Southern Water.", "Fares rose at Northern Water.", []),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "expected"), CASES)
def test_rival_attributes(a: str, b: str, expected: list[tuple[str, str]]) -> None:
    assert [(a[x.start : x.end], b[y.start : y.end]) for x, y, _ in rival_attributes(a, b)] == expected


def test_the_attribute_is_named_for_the_facts_table() -> None:
    found = rival_attributes("A silver van and his left arm.", "A red van and his right arm.")
    assert [label for _, _, label in found] == ["side", "colour"]
