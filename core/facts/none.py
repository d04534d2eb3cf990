"""Whether it happened at all: "No shots were fired" against "one shot was fired", "its licence had never been
suspended" against "had its licence suspended".

A sentence that says no such thing was done ("no drone has been recovered", "no arrest has been made") and a
linked sentence that counts one or more of it ("police seized two drones") or tells it done ("a man was
arrested") disagree on whether it happened. Only a "no <noun> <was/has been> <done>" clause: "no one", "no
longer", "no plans to" and the like are no count of anything. Likewise one thing told done in one sentence and
not done ("had never been", "was not") in the other, with the same noun and verb.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.facts.contradict import Span
from core.facts.quantity import Quantity
from core.facts.text import content

_NONE = re.compile(
    r"\b[Nn]o\s+(?:(?:further|other|more|new)\s+)?(?P<noun>[a-z]{3,})\s+(?:has|have|had|was|were|is|are)\s+"
    r"(?:yet\s+|so\s+far\s+|ever\s+)?(?:been\s+)?(?:yet\s+)?(?P<done>made|found|[a-z]{3,}(?:ed|en|wn|ot|ht))\b"
)
_DONE = re.compile(r"\b(?:was|were|been|has|have|had)\s+(?:\w+ly\s+)?(?P<verb>[a-z]{3,}ed)\b")
_NEGATED = re.compile(r"\b(?:no|not|never|n't|nobody|none)\b", re.I)


def _stem(word: str) -> str:
    """One stem for a noun or verb in its forms: "drone" / "drones", "arrest" / "arrests" / "arrested". The
    shared stem (text.stem) keeps a final "e" in the singular only ("drone", "dron"), so both are taken plural;
    mending text.stem itself moves figures elsewhere (measured: a conflict gained, two relations and a link lost)."""
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


_NOT_DONE = re.compile(
    r"\b(?P<noun>[a-z]{3,})\s+(?:has|had|have|was|were|is|are)\s+(?:not|never)\s+(?:yet\s+)?(?:been\s+)?"
    r"(?P<verb>[a-z]{3,}ed)\b(?!\s+(?:\w+\s+){0,3}?(?:until|till|before|since)\b)"
)
_WAS_DONE = re.compile(
    r"\b(?P<noun>[a-z]{3,})\s+(?:(?:has|had|have|was|were|is|are)\s+(?:\w+ly\s+)?(?:been\s+)?)?(?P<verb>[a-z]{3,}ed)\b"
)


def done_and_not_done(a: str, b: str) -> tuple[Span, Span] | None:
    """Spans of a's "<noun> had never been <done>" and b's "<noun> (was) <done>": its licence "had never been
    suspended" / "had its food business licence suspended". Not "was not reopened until Friday" (when, not
    whether)."""
    for m in _NOT_DONE.finditer(a):
        noun, verb = _stem(m.group("noun")), _stem(m.group("verb"))
        if re.search(rf"\b(?:not|never|n't)\s+(?:\w+\s+){{0,2}}{re.escape(m.group('verb'))}\b", b):
            continue  # the other tells it undone too ("reports that it was suspended are wrong: it never was")
        for d in _WAS_DONE.finditer(b):
            if (
                _stem(d.group("noun")) == noun
                and _stem(d.group("verb")) == verb
                and not _NEGATED.search(b[max(0, d.start() - 20) : d.end()])
            ):
                return Span(m.start(), m.end()), Span(d.start(), d.end())
    return None


# an act one side tells held back ("stopped short of suspending the licence", "put off a decision on whether to order
# checks") and the other tells done ("has suspended the licence", "has ordered urgent checks")
_HELD_BACK = re.compile(
    r"\b(?:stopped\s+short\s+of|decided\s+against|refrained\s+from)\s+(?P<verb>[a-z]{3,}ing)\b"
    r"|\b(?:put\s+off|postponed|deferred|delayed)\s+(?:a|the|its|any)\s+(?:final\s+)?decision\s+(?:on\s+)?whether\s+"
    r"to\s+(?P<base>[a-z]{3,})\b"
)
_ACT_DONE = re.compile(r"\b(?P<verb>[a-z]{3,}ed)\b")


def held_back_and_done(a: str, b: str) -> tuple[Span, Span] | None:
    """Spans of a's act held back and b's same act (same verb, a shared word in what it acts on) told done."""
    if _HELD_BACK.search(b):
        return None  # both tell an act held back
    for m in _HELD_BACK.finditer(a):
        verb = content(m.group("verb") or m.group("base"))
        what = _what(a[m.end() : m.end() + 60])
        if not verb or not what:
            continue
        for d in _ACT_DONE.finditer(b):
            if (
                content(d.group("verb")) == verb
                and _what(b[d.end() : d.end() + 60]) & what
                and not _NEGATED.search(b[max(0, d.start() - 20) : d.start()])
            ):
                return Span(m.start(), m.end()), Span(d.start(), d.end())
    return None


def _what(text: str) -> set[str]:
    """Content stems of the few words an act is done to, up to the end of the clause."""
    clause = re.split(r"[,;:.]|\b(?:and|but|after|because|while|until)\b", text)[0]
    return {c for w in re.findall(r"[A-Za-z][\w’'-]*", clause)[:6] if (c := content(w))}
