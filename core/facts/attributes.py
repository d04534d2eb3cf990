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
_SIDES = {
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
_SIDED = re.compile(
    r"\b" + _SHADE + r"(" + "|".join(_SIDES) + r")(?:-(?:hand|side|coloured|colored))?\s+([a-z][a-z-]+)\b",
    re.I,
)
_ANY_SIDE = re.compile(r"\b(" + "|".join(_SIDES) + r")\b", re.I)


def _sided(text: str) -> dict[str, list[tuple[str, str, re.Match[str]]]]:
    """Per thing (the stem of the noun after a side word): its axis, side and where it stands."""
    out: dict[str, list[tuple[str, str, re.Match[str]]]] = {}
    for m in _SIDED.finditer(text):
        if text[m.start(1) : m.start(1) + 1].isupper() and m.start(1) > 0:
            continue  # "North Sea", "West Bank", "Southern Water": a name, not a side
        noun = content(m.group(2))
        if noun:
            axis, side = _SIDES[m.group(1).lower()]
            out.setdefault(noun, []).append((axis, side, m))
    return out


def rival_attributes(a: str, b: str) -> list[tuple[Span, Span]]:
    """Spans ("left collarbone", "right collarbone") of one thing given two values of one attribute."""
    sa, sb = _sided(a), _sided(b)
    out = []
    for noun in sorted(sa.keys() & sb.keys()):
        if len(sa[noun]) != 1 or len(sb[noun]) != 1:
            continue
        (axis_a, side_a, ma), (axis_b, side_b, mb) = sa[noun][0], sb[noun][0]
        if axis_a != axis_b or side_a == side_b:
            continue
        named_a = {_SIDES[w.lower()] for w in _ANY_SIDE.findall(a)}
        named_b = {_SIDES[w.lower()] for w in _ANY_SIDE.findall(b)}
        if (axis_a, side_b) in named_a or (axis_b, side_a) in named_b:
            continue  # "from the left bank to the right": both sides told
        out.append((Span(ma.start(), ma.end()), Span(mb.start(), mb.end())))
    return out
