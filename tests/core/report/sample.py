"""A small hand-made comparison about an invented event, shared by the report tests."""

from __future__ import annotations

from core.model import Comparison, Fact, Link, Mention, Sentence, Source

TEXTS = {
    "s1": (
        "Mill fire\n\n"
        "A fire broke out at the Dunmore paper mill on Tuesday night. "
        "Almost 40 people were hurt, officials said. "
        "The owner wrote <script>alert('x')</script> & left."
    ),
    "s2": (
        "A fire broke out at Dunmore's paper mill late on Tuesday. "
        "Officials counted 25 injured. "
        "Trains to the coast were halted."
    ),
    "s3": "The Dunmore mill burned on Tuesday. Some 38 people were injured.",
}


def _sentences(source: str, pieces: list[tuple[str, str]]) -> list[Sentence]:
    text = TEXTS[source]
    out = []
    for i, (piece, status) in enumerate(pieces):
        start = text.index(piece)
        out.append(Sentence(f"{source}:{i}", source, i, start, start + len(piece), piece, status))  # type: ignore[arg-type]
    return out


def _mention(source: str, sentence: str, text: str, value: object) -> Mention:
    start = TEXTS[source].index(text)
    return Mention(source, sentence, start, start + len(text), text, value)


def sample_comparison() -> Comparison:
    sentences = [
        *_sentences(
            "s1",
            [
                ("Mill fire", "ignored"),
                ("A fire broke out at the Dunmore paper mill on Tuesday night.", "shared"),
                ("Almost 40 people were hurt, officials said.", "differing"),
                ("The owner wrote <script>alert('x')</script> & left.", "unique"),
            ],
        ),
        *_sentences(
            "s2",
            [
                ("A fire broke out at Dunmore's paper mill late on Tuesday.", "shared"),
                ("Officials counted 25 injured.", "differing"),
                ("Trains to the coast were halted.", "unique"),
            ],
        ),
        *_sentences(
            "s3",
            [("The Dunmore mill burned on Tuesday.", "shared"), ("Some 38 people were injured.", "shared")],
        ),
    ]
    links = [
        Link("s1:1", "s2:0", "shared", 0.9),
        Link("s1:1", "s3:0", "shared", 0.7),
        Link("s1:2", "s2:1", "differing", 0.6),
        Link("s1:2", "s3:1", "shared", 0.8),
    ]
    facts = [
        Fact(
            "f1",
            "number",
            "differing",
            (
                _mention("s1", "s1:2", "Almost 40 people were hurt", 40),
                _mention("s2", "s2:1", "25 injured", 25),
            ),
            label="people hurt",
        )
    ]
    sources = [
        Source("s1", "Mill <fire> report", "/news/wire & co.txt", TEXTS["s1"]),
        Source("s2", "Council notice", "https://example.org/notice?id=1&x=2", TEXTS["s2"]),
        Source("s3", "Local paper", "local.txt", TEXTS["s3"]),
    ]
    return Comparison(sources=sources, sentences=sentences, links=links, facts=facts)
