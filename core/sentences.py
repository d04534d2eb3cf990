"""Sentence spans inside a Document's parts (initial version; see issue 4)."""

from __future__ import annotations

from dataclasses import dataclass

from syntok import segmenter

from core.document import Document


@dataclass(frozen=True)
class SentenceSpan:
    start: int
    end: int
    ignored: bool = False


def split_sentences(doc: Document) -> list[SentenceSpan]:
    spans: list[SentenceSpan] = []
    for part in doc.parts:
        if not part.compared:
            spans.append(SentenceSpan(part.start, part.end, ignored=True))
            continue
        chunk = doc.text[part.start : part.end]
        for paragraph in segmenter.analyze(chunk):
            for sentence in paragraph:
                tokens = list(sentence)
                if not tokens:
                    continue
                a = part.start + tokens[0].offset
                b = part.start + tokens[-1].offset + len(tokens[-1].value)
                spans.append(SentenceSpan(a, b))
    return spans
