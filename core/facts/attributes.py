"""Which side or colour a thing is: "his broken left collarbone" / "his right collarbone", "a silver estate car" /
"a dark blue estate car".

Two linked sentences that give one thing two values of one exclusive attribute (left / right, port /
starboard, the four points of the compass, a colour) disagree on which it was. Only when each sentence names
that thing once, with one such word right before it, and neither names the other's value anywhere: "from the
left bank to the right" tells both.
"""

from __future__ import annotations

import re

from core.facts.contradict import Span
from core.facts.text import content

# attribute word -> (axis, value); "-hand" and "-side" forms are the same side
_VALUES = {
    "left": ("lr", "left"), "right": ("lr", "right"),
    "port": ("ship", "port"), "starboard": ("ship", "starboard"),
    "north": ("ns", "north"), "northern": ("ns", "north"), "south": ("ns", "south"), "southern": ("ns", "south"),
    "east": ("ew", "east"), "eastern": ("ew", "east"), "west": ("ew", "west"), "western": ("ew", "west"),
    **{c: ("colour", c) for c in ("black", "white", "red", "blue", "green", "yellow", "orange", "purple", "pink",
                                  "brown", "grey", "silver", "gold", "maroon", "beige", "turquoise")},
    "gray": ("colour", "grey"),
}  # fmt: skip
# "dark blue", "light grey", "bright red": one colour's shade is no other colour
_SHADE = r"(?:(?:dark|light|pale|bright|deep|metallic)[\s-]+)?"
_ATTRIBUTED = re.compile(
    r"\b" + _SHADE + r"(" + "|".join(_VALUES) + r")(?:-(?:hand|side|coloured|colored))?\s+([a-z][a-z-]+)\b",
    re.I,
)
_ANY_VALUE = re.compile(r"\b(" + "|".join(_VALUES) + r")\b", re.I)


def _valued(text: str) -> dict[str, list[tuple[str, str, re.Match[str]]]]:
    """Per thing (the stem of the noun after a side or colour word): its axis, value and where it stands."""
    out: dict[str, list[tuple[str, str, re.Match[str]]]] = {}
    for m in _ATTRIBUTED.finditer(text):
        if text[m.start(1) : m.start(1) + 1].isupper() and m.start(1) > 0:
            continue  # "North Sea", "West Bank", "Southern Water": a name, not a side
        noun = content(m.group(2))
        if noun:
            axis, value = _VALUES[m.group(1).lower()]
            out.setdefault(noun, []).append((axis, value, m))
    return out


def rival_attributes(a: str, b: str) -> list[tuple[Span, Span, str]]:
    """Spans ("left collarbone", "right collarbone") of one thing given two values of one attribute, and the
    attribute's name for the facts table ("side", "colour")."""
    sa, sb = _valued(a), _valued(b)
    out = []
    for noun in sorted(sa.keys() & sb.keys()):
        if len(sa[noun]) != 1 or len(sb[noun]) != 1:
            continue
        (axis_a, value_a, ma), (axis_b, value_b, mb) = sa[noun][0], sb[noun][0]
        if axis_a != axis_b or value_a == value_b:
            continue
        named_a = {_VALUES[w.lower()] for w in _ANY_VALUE.findall(a)}
        named_b = {_VALUES[w.lower()] for w in _ANY_VALUE.findall(b)}
        if (axis_a, value_b) in named_a or (axis_b, value_a) in named_b:
            continue  # "from the left bank to the right": both values told
        out.append((Span(ma.start(), ma.end()), Span(mb.start(), mb.end()), "colour" if axis_a == "colour" else "side"))
    return out
