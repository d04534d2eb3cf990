"""None against some: "No shots were fired" in one sentence, "one shot was fired" in the other.

A sentence that says no such thing was done ("no drone has been recovered", "no arrest has been made") and a
linked sentence that counts one or more of it ("police seized two drones") or tells it done ("a man was
arrested") disagree on whether it happened at all. Only a "no <noun> <was/has been> <done>" clause: "no one",
"no longer", "no plans to" and the like are no count of anything.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.facts.contradict import Span
from core.facts.numbers import Quantity
from core.facts.text import content

_NONE = re.compile(
    r"\b[Nn]o\s+(?:(?:further|other|more|new)\s+)?(?P<noun>[a-z]{3,})\s+(?:has|have|had|was|were|is|are)\s+"
    r"(?:yet\s+|so\s+far\s+|ever\s+)?(?:been\s+)?(?:yet\s+)?(?P<done>made|found|[a-z]{3,}(?:ed|en|wn|ot|ht))\b"
)
_DONE = re.compile(r"\b(?:was|were|been|has|have|had)\s+(?:\w+ly\s+)?(?P<verb>[a-z]{3,}ed)\b")
_NEGATED = re.compile(r"\b(?:no|not|never|n't|nobody|none)\b", re.I)


def _stem(word: str) -> str:
    """One stem for a noun or verb in its forms: "drone" / "drones", "arrest" / "arrests" / "arrested"."""
    w = word.lower()
    w = w[:-2] if w.endswith("ed") and len(w) > 5 else w
    return content(w if w.endswith("s") else w + "s") or w


def none_and_some(a: str, b: str, b_figures: Sequence[Quantity]) -> tuple[Span, Span] | None:
    """Spans of a's "no <noun> was <done>" and b's count of that noun (or b's telling it done), else None."""
    m = _NONE.search(a)
    if m is None:
        return None
    noun = _stem(m.group("noun"))
    for q in b_figures:
        if q.dim == "count" and q.lo >= 1 and q.head and _stem(q.head) == noun and not _NEGATED.search(
            b[max(0, q.start - 12) : q.start]
        ):
            return Span(m.start(), m.end()), Span(q.start, q.end)
    for d in _DONE.finditer(b):
        if _stem(d.group("verb")) == noun and not _NEGATED.search(b[max(0, d.start() - 20) : d.end()]):
            return Span(m.start(), m.end()), Span(d.start(), d.end())
    return None
