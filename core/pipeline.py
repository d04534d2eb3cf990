"""One comparison, end to end: documents → sentences → alignment → facts → Comparison.

The single entry point the CLI and the window's worker both call, so what the
window shows is exactly what `parallax compare` writes.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.align.learned import align_learned
from core.document import Document
from core.errors import ComparisonError
from core.facts import find_facts
from core.model import Comparison, Sentence, Source
from core.progress import CancelFn, Job, ProgressFn
from core.sentences import split_sentences


def build_sentences(documents: Sequence[Document]) -> tuple[list[Source], list[Sentence]]:
    """Number sources s1..sN in the order given and split each into contract sentences."""
    sources: list[Source] = []
    sentences: list[Sentence] = []
    for n, doc in enumerate(documents, start=1):
        sid = f"s{n}"
        sources.append(Source(id=sid, title=doc.title, origin=doc.origin, text=doc.text))
        for i, span in enumerate(split_sentences(doc)):
            sentences.append(
                Sentence(
                    id=f"{sid}:{i}",
                    source=sid,
                    index=i,
                    start=span.start,
                    end=span.end,
                    text=doc.text[span.start : span.end],
                    status="ignored" if span.ignored else "unique",
                )
            )
    return sources, sentences


def compare(
    documents: Sequence[Document],
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> Comparison:
    """Compare two or more documents; raises ComparisonError or Cancelled."""
    if len(documents) < 2:
        raise ComparisonError("a comparison needs at least two sources")
    job = Job(progress, cancel)
    job.step(0.0, "Splitting sentences")
    sources, sentences = build_sentences(documents)
    by_source = [[s for s in sentences if s.source == src.id and s.status != "ignored"] for src in sources]
    languages = [doc.language for doc in documents]
    links = align_learned(by_source, languages=languages, job=job.sub(0.05, 0.85))
    job.step(0.85, "Comparing facts")
    facts, links = find_facts(sources, sentences, links, job=job.sub(0.85, 0.99))
    job.step(1.0, "Done")
    return Comparison(sources=sources, sentences=sentences, links=links, facts=facts).with_statuses()
