"""Sentence alignment across N sources (initial version; see issue 5)."""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz

from core.model import Link, Sentence
from core.progress import Job


def align(
    sentences: Sequence[Sequence[Sentence]],
    *,
    languages: Sequence[str] | None = None,
    job: Job | None = None,
) -> list[Link]:
    job = job or Job()
    links: list[Link] = []
    for i in range(len(sentences)):
        for j in range(i + 1, len(sentences)):
            job.check()
            for a in sentences[i]:
                for b in sentences[j]:
                    score = fuzz.token_set_ratio(a.text.lower(), b.text.lower()) / 100
                    if score >= 0.8:
                        links.append(Link(a.id, b.id, "shared", score))
    return links
