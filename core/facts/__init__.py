"""Checkable facts and their conflicts across linked sentences (initial version; see issue 6)."""

from __future__ import annotations

from collections.abc import Sequence

from core.model import Fact, Link, Sentence, Source
from core.progress import Job


def find_facts(
    sources: Sequence[Source],
    sentences: Sequence[Sentence],
    links: Sequence[Link],
    *,
    job: Job | None = None,
) -> tuple[list[Fact], list[Link]]:
    """Return the facts found and the links with their relation decided."""
    return [], list(links)
