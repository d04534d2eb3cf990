"""What a reader hands on: one source's clean text and the roles of its spans.

Readers (core/readers) turn files, URLs and pasted text into a `Document`;
sentence splitting (core/sentences.py) then works inside its `parts`. Offsets
are character offsets into `Document.text`, end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

PartKind = Literal["title", "heading", "byline", "dateline", "caption", "boilerplate", "paragraph", "list_item"]

# Parts of these kinds are shown to the user but never compared.
IGNORED_KINDS: frozenset[str] = frozenset({"title", "heading", "byline", "dateline", "caption", "boilerplate"})


@dataclass(frozen=True)
class Part:
    kind: PartKind
    start: int
    end: int

    @property
    def compared(self) -> bool:
        return self.kind not in IGNORED_KINDS


@dataclass(frozen=True)
class Document:
    """One imported source: normalised text plus the spans of its paragraphs and other parts."""

    title: str
    origin: str
    text: str
    parts: tuple[Part, ...] = field(default_factory=tuple)
    language: str = "en"
