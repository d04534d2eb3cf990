"""Quoted speech and who said it, so the facts table can show a quote beside its speaker."""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.facts.names import Name, find_names

_QUOTE = re.compile(r"[\"“](?P<q>[^\"“”]{12,}?)[\"”]")
_SAY = re.compile(r"\b(?:said|says|told|added|stated|wrote|argued|warned|insisted)\b")


@dataclass
class QuoteSpan:
    start: int
    end: int
    text: str
    speaker: str  # the nearest name around the quote, or ""


def find_quotes(text: str, names: list[Name] | None = None) -> list[QuoteSpan]:
    """Quoted passages of at least three words, with the speaker named in the same sentence."""
    out: list[QuoteSpan] = []
    if '"' not in text and "“" not in text:
        return out
    names = [n for n in (find_names(text) if names is None else names) if n.kind in ("person", "organisation")]
    for m in _QUOTE.finditer(text):
        inner = m.group("q")
        if len(inner.split()) < 3:
            continue
        outside = [n for n in names if n.end <= m.start() or n.start >= m.end()]
        speaker = ""
        if outside and _SAY.search(text[: m.start()] + text[m.end() :]):
            speaker = min(outside, key=lambda n: min(abs(n.end - m.start()), abs(n.start - m.end()))).text
        out.append(QuoteSpan(m.start("q"), m.end("q"), inner, speaker))
    return out


_SAID_AFTER = re.compile(r"^[,.!?]?[\"”]\s*(?:said|says|added|insisted|warned|wrote)\s+")
_SAID_BEFORE = re.compile(r"\s+(?:said|says|added|insisted|warned|wrote)\s*[:,]\s*[\"“]$")
_TITLES_ONLY = re.compile(r"^(?:[A-Z][\w.]*\s+)*$")


def attributed(text: str, q: QuoteSpan, names: list[Name]) -> Name | None:
    """The person a quote is pinned on by a say verb right beside it ('"...," said Tom Price' or 'Tom Price said:
    "..."'); None when the speaker is a noun ("a resident said"), a pronoun or further away."""
    people = [n for n in names if n.kind == "person"]
    after = _SAID_AFTER.match(text[q.end :])
    if after:
        at = q.end + after.end()
        for n in people:
            if n.start >= at and _TITLES_ONLY.match(text[at : n.start]):
                return n
        return None
    before = _SAID_BEFORE.search(text[: q.start])
    if before:
        for n in people:
            if n.end == before.start():
                return n
    return None
