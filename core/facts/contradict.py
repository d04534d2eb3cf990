"""Outcome conflicts: two linked sentences that disagree on what happened, not on a figure.

Two general signals, never word pairs: (1) an explicit correction in one source
("filed by X, not by Y", "in A rather than in B") whose rejected part is what the
other source says; (2) the same actor's main event told as done in one source
("had invalidated") and as still open in the other ("would consider", "plans to").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.facts.text import content, tokenize

_CORRECTION = re.compile(r"(?:,\s*not\s+|\brather\s+than\s+|\binstead\s+of\s+)(?P<y>[^,;.]{2,60})", re.I)
_SUBJECT = r"(?:\bthat\s+(?:it|he|she|they|we)|\b(?:it|he|she|they)\b(?<!that it)|[A-Z][\w’']+)\s+"
_DONE = re.compile(_SUBJECT + r"(?:had|has|have)\s+(?:already\s+|now\s+)?[\"“]?(?P<v>[a-z]+ed)\b")
_OPEN = re.compile(
    _SUBJECT + r"(?:would|will|may|might|could|plans?\s+to|intends?\s+to|is\s+set\s+to|aims?\s+to|"
    r"expects?\s+to|is\s+to|was\s+to|promised\s+to|agreed\s+to)\s+(?:now\s+|also\s+|not\s+)?"
    r"(?P<v>[a-z]+)\b"
)
_SAY = {
    "said",
    "say",
    "stated",
    "state",
    "told",
    "tell",
    "announced",
    "announce",
    "reported",
    "report",
    "added",
    "add",
    "been",
    "be",
    "become",
    "have",
    "had",
    "seen",
    "see",
    "given",
    "give",
    "made",
    "make",
    "taken",
    "take",
    "got",
    "get",
    "gotten",
    "left",
    "leave",
    "need",
    "needed",
    "continue",
    "continued",
    "remain",
    "remained",
    "warned",
    "warn",
    "urged",
    "urge",
    "insisted",
    "claimed",
    "confirmed",
    "argued",
    "explained",
    "described",
    "noted",
    "signalled",
    "signaled",
    "suggested",
    "agreed",
    "decided",
    "expected",
    "believed",
}


@dataclass
class Span:
    start: int
    end: int


def corrections(a: str, b: str) -> list[tuple[Span, Span]]:
    """Spans (in a, in b) where b corrects something a asserts: b says 'X, not Y' and a says Y."""
    out: list[tuple[Span, Span]] = []
    if _CORRECTION.search(b) is None:
        return []
    a_words: dict[str, object] = {}
    for t in tokenize(a):
        c = content(t.text) if t.is_word else None
        if c and c not in a_words:
            a_words[c] = t
    b_words = {content(t.text) for t in tokenize(b) if t.is_word} - {None}
    for m in _CORRECTION.finditer(b):
        rejected = [content(t.text) for t in tokenize(m.group("y")) if t.is_word]
        hits = [a_words[w] for w in rejected if w and w in a_words]
        if not hits or not (b_words - set(rejected)) & set(a_words):  # the same event must be told in both
            continue
        # what b asserts instead: up to six words before the marker
        before = tokenize(b[: m.start()])[-6:]
        before = [t for t in before if t.text not in ",;:"]
        if not before:
            continue
        hit = hits[0]
        out.append((Span(hit.start, hit.end), Span(before[0].start, before[-1].end)))  # type: ignore[attr-defined]
    return out


_SAY_VERB = re.compile(r"\b(?:said|says|stated|states|announced|told|confirmed|reported|declared)\b")


def speaker(text: str) -> set[str]:
    """Content stems of who speaks: the words before the first 'said' ("The agency said that it had...")."""
    m = _SAY_VERB.search(text)
    if m is None:
        return set()
    head = tokenize(text[: m.start()])[-5:]
    return {c for t in head if t.is_word and (c := content(t.text))}


def _events(text: str, rx: re.Pattern[str]) -> list[tuple[str, int, int]]:
    out = []
    for m in rx.finditer(text):
        v = m.group("v").lower()
        if v not in _SAY and len(v) > 3:
            out.append((v, m.start("v"), m.end("v")))
    return out


def outcome(a: str, b: str, actors_a: set[str], actors_b: set[str]) -> tuple[Span, Span] | None:
    """Spans of the two verbs when the same actor's event is done in one sentence and only open in the other."""
    if not actors_a & actors_b:
        return None
    done_a, open_a = _events(a, _DONE), _events(a, _OPEN)
    done_b, open_b = _events(b, _DONE), _events(b, _OPEN)
    if done_a and open_b and not open_a and not done_b:
        x, y = done_a[0], open_b[0]
        return Span(x[1], x[2]), Span(y[1], y[2])
    if done_b and open_a and not open_b and not done_a:
        x, y = open_a[0], done_b[0]
        return Span(x[1], x[2]), Span(y[1], y[2])
    return None
