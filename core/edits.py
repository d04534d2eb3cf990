"""A person's corrections to the alignment, kept so they survive recomputation.

Sentence ids (`s2:14`) change whenever sources are added, removed or reordered,
so an edit names its sentences by what does not change: the hash of their
source's text plus their character offsets in it (and the origin, to tell
apart two copies of one text). After every recomputation the window re-applies
the log with `apply_edits`, so manual links, unlinks and relations stay.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any, Literal

from core.errors import DocumentFormatError
from core.model import Comparison, Link

# What the person decided for a pair: linked as shared, linked as differing, or not linked at all.
EditState = Literal["shared", "differing", "none"]
EDIT_STATES: tuple[str, ...] = ("shared", "differing", "none")


def text_hash(text: str) -> str:
    """A short, stable fingerprint of a source's text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class SentenceKey:
    """Names one sentence independently of the ids a comparison run gave it."""

    source: str  # text_hash of the source's text
    origin: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "origin": self.origin, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: Any) -> SentenceKey:
        return cls(str(data["source"]), str(data["origin"]), int(data["start"]), int(data["end"]))


@dataclass(frozen=True)
class Edit:
    """The final state a person chose for one pair of sentences."""

    a: SentenceKey
    b: SentenceKey
    state: EditState

    def pair(self) -> frozenset[SentenceKey]:
        return frozenset((self.a, self.b))

    def to_dict(self) -> dict[str, Any]:
        return {"a": self.a.to_dict(), "b": self.b.to_dict(), "state": self.state}

    @classmethod
    def from_dict(cls, data: Any) -> Edit:
        state = data["state"]
        if state not in EDIT_STATES:
            raise DocumentFormatError(f"a manual edit has an unknown state {state!r}")
        return cls(SentenceKey.from_dict(data["a"]), SentenceKey.from_dict(data["b"]), state)


class EditLog:
    """One decision per sentence pair; the latest decision replaces an earlier one."""

    def __init__(self, edits: Iterable[Edit] = ()) -> None:
        self._edits: dict[frozenset[SentenceKey], Edit] = {}
        for e in edits:
            self.put(e)

    def put(self, edit: Edit) -> Edit | None:
        """Record a decision; return the one it replaced so an undo can restore it."""
        previous = self._edits.get(edit.pair())
        self._edits[edit.pair()] = edit
        return previous

    def restore(self, pair: frozenset[SentenceKey], previous: Edit | None) -> None:
        """Put back what a pair's decision was before (None: no decision)."""
        if previous is None:
            self._edits.pop(pair, None)
        else:
            self._edits[pair] = previous

    def get(self, pair: frozenset[SentenceKey]) -> Edit | None:
        return self._edits.get(pair)

    def __iter__(self) -> Iterator[Edit]:
        return iter(list(self._edits.values()))

    def __len__(self) -> int:
        return len(self._edits)

    def to_list(self) -> list[dict[str, Any]]:
        return [e.to_dict() for e in self._edits.values()]

    @classmethod
    def from_list(cls, data: Any) -> EditLog:
        if not isinstance(data, list):
            raise DocumentFormatError("the manual edits are not a list")
        try:
            return cls(Edit.from_dict(d) for d in data)
        except (KeyError, TypeError, ValueError) as exc:
            raise DocumentFormatError(f"a manual edit is damaged: {exc!s}") from None


def key_of(comparison: Comparison, sentence_id: str) -> SentenceKey:
    """The stable key of a sentence of this comparison."""
    sentence = comparison.sentence(sentence_id)
    source = comparison.source(sentence.source)
    return SentenceKey(text_hash(source.text), source.origin, sentence.start, sentence.end)


def make_edit(comparison: Comparison, a: str, b: str, state: EditState) -> Edit:
    return Edit(key_of(comparison, a), key_of(comparison, b), state)


def resolve(comparison: Comparison, key: SentenceKey) -> str | None:
    """The id the keyed sentence has in this comparison, or None if its source is gone."""
    candidates = [s for s in comparison.sources if text_hash(s.text) == key.source]
    candidates.sort(key=lambda s: s.origin != key.origin)  # the same origin first
    for source in candidates:
        for sentence in comparison.sentences_of(source.id):
            if sentence.start == key.start and sentence.end == key.end:
                return sentence.id
    return None


def apply_edits(comparison: Comparison, log: Iterable[Edit]) -> Comparison:
    """Return the comparison with every applicable decision made; statuses recomputed."""
    links = list(comparison.links)
    for edit in log:
        a, b = resolve(comparison, edit.a), resolve(comparison, edit.b)
        if a is None or b is None or a == b:
            continue
        pair = frozenset((a, b))
        old = next((k for k in links if k.key() == pair), None)
        if edit.state == "none":
            links = [k for k in links if k.key() != pair]
        elif old is not None:
            links = [replace(k, relation=edit.state, manual=True) if k.key() == pair else k for k in links]
        else:
            links.append(Link(a, b, edit.state, 1.0, manual=True))
    return replace(comparison, links=links).with_statuses()
