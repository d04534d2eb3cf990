"""Small comparison documents about invented events, built in code for the view and model tests."""

from __future__ import annotations

from dataclasses import replace

from core.model import Comparison, Fact, Link, Mention, Sentence, Source, recompute_statuses

BRIDGE = {
    "s1": ("Coast Herald", "https://herald.example/vellmar-bridge", [
        "A footbridge over the Liss river in Vellmar collapsed on Sunday morning.",
        "Officials said 14 people were hurt.",
        "The bridge had been inspected in March.",
        "The mayor promised a full inquiry.",
    ]),
    "s2": ("Vellmar Radio", "/home/reporter/radio-notes.txt", [
        "The Liss footbridge in Vellmar gave way early on Sunday.",
        "Hospital staff treated 19 people for injuries.",
        "A cyclist filmed the moment of the fall.",
        "Mayor Ines Kort said an inquiry would begin at once.",
    ]),
    "s3": ("Wire report", "https://wire.example/a/1234", [
        "A pedestrian bridge collapsed in the town of Vellmar on Sunday.",
        "At least 14 people were injured, officials said.",
        "Engineers had warned about rust on the bridge last year.",
        "Updates to follow.",
    ]),
}
BRIDGE_LINKS = [
    ("s1:0", "s2:0", "shared"), ("s1:0", "s3:0", "shared"), ("s2:0", "s3:0", "shared"),
    ("s1:1", "s2:1", "differing"), ("s1:1", "s3:1", "shared"), ("s2:1", "s3:1", "differing"),
    ("s1:3", "s2:3", "shared"),
]


def build(
    sources: dict[str, tuple[str, str, list[str]]],
    links: list[tuple[str, str, str]],
    facts: list[tuple[str, str, str, list[tuple[str, str]]]] = (),  # type: ignore[assignment]
    ignored: tuple[str, ...] = (),
) -> Comparison:
    """Sources from sentence lists (joined by a space), links by id, facts as (id, label, status, [(sid, words)])."""
    srcs, sents = [], []
    for sid, (title, origin, texts) in sources.items():
        text, pos = "", 0
        for i, t in enumerate(texts):
            if text:
                text += " "
                pos += 1
            sents.append(Sentence(f"{sid}:{i}", sid, i, pos, pos + len(t), t))
            text += t
            pos += len(t)
        srcs.append(Source(sid, title, origin, text))
    link_objs = [Link(a, b, rel, 0.9 if rel == "shared" else 0.7) for a, b, rel in links]
    sents = recompute_statuses(sents, link_objs)
    sents = [replace(s, status="ignored") if s.id in ignored else s for s in sents]
    by_id = {s.id: s for s in sents}
    fact_objs = []
    for fid, label, status, mentions in facts:
        ms = []
        for sent_id, words in mentions:
            s = by_id[sent_id]
            k = s.text.index(words)
            ms.append(Mention(s.source, s.id, s.start + k, s.start + k + len(words), words, words))
        fact_objs.append(Fact(fid, "number", status, tuple(ms), label))  # type: ignore[arg-type]
    return Comparison(srcs, sents, link_objs, fact_objs)


def bridge() -> Comparison:
    """Three reports of a footbridge collapse: shared, differing (14 vs 19 hurt), unique and ignored sentences."""
    return build(
        BRIDGE,
        BRIDGE_LINKS,
        facts=[
            ("f1", "hurt", "differing", [("s1:1", "14 people"), ("s2:1", "19 people"), ("s3:1", "14 people")]),
            ("f2", "day", "shared", [("s1:0", "Sunday"), ("s2:0", "Sunday"), ("s3:0", "Sunday")]),
        ],
        ignored=("s3:3",),
    )


def synthetic(n_sources: int, n_sentences: int) -> Comparison:
    """A large made-up comparison: every third sentence shared, every seventh differing, the rest unique."""
    words = ["harbour", "council", "ferry", "storm", "budget", "festival", "bridge", "school", "market", "tunnel"]
    sources = {}
    for s in range(n_sources):
        texts = [
            f"Report {s + 1} line {i}: the {words[i % 10]} story continues with {i * 7 % 101} details "
            f"about the {words[(i + s) % 10]} and what the town decided next."
            for i in range(n_sentences)
        ]
        sources[f"s{s + 1}"] = (f"Source {s + 1}", f"https://news{s + 1}.example/story", texts)
    links = []
    for s in range(1, n_sources):
        for i in range(0, n_sentences, 3):
            links.append((f"s1:{i}", f"s{s + 1}:{i}", "differing" if i % 7 == 0 else "shared"))
    return build(sources, links)
