from __future__ import annotations

import json

import pytest

from core.errors import DocumentFormatError
from core.model import Comparison, Fact, Link, Mention, Sentence, Source, recompute_statuses


def _comparison() -> Comparison:
    t1, t2 = "Fire at the pier. Ten boats burned.", "Ten boats burned at the pier."
    sources = [Source("s1", "One", "a.txt", t1), Source("s2", "Two", "b.txt", t2)]
    sentences = [
        Sentence("s1:0", "s1", 0, 0, 17, t1[0:17]),
        Sentence("s1:1", "s1", 1, 18, 35, t1[18:35]),
        Sentence("s2:0", "s2", 0, 0, 29, t2),
    ]
    links = [Link("s1:1", "s2:0", "differing", 0.9)]
    facts = [
        Fact(
            "f1",
            "number",
            "differing",
            (Mention("s1", "s1:1", 18, 21, "Ten", 10), Mention("s2", "s2:0", 0, 3, "Ten", 10)),
        )
    ]
    return Comparison(sources, sentences, links, facts).with_statuses()


def test_statuses_summarise_links() -> None:
    c = _comparison()
    assert [s.status for s in c.sentences] == ["unique", "differing", "differing"]


def test_shared_link_does_not_override_differing() -> None:
    sents = [Sentence("a", "s1", 0, 0, 0, ""), Sentence("b", "s2", 0, 0, 0, ""), Sentence("c", "s3", 0, 0, 0, "")]
    links = [Link("a", "b", "differing"), Link("a", "c", "shared")]
    assert [s.status for s in recompute_statuses(sents, links)] == ["differing", "differing", "shared"]


def test_ignored_stays_ignored() -> None:
    sents = [Sentence("a", "s1", 0, 0, 0, "", "ignored")]
    assert recompute_statuses(sents, [])[0].status == "ignored"


def test_json_round_trip_is_exact_and_deterministic() -> None:
    c = _comparison()
    text = c.to_json()
    again = Comparison.from_json(text)
    assert again == c
    assert again.to_json() == text
    assert json.loads(text)["schema"] == "parallax.comparison/1"


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.update(schema="parallax.comparison/2"), "newer Parallax"),
        (lambda d: d.update(schema="something/1"), "not a Parallax comparison"),
        (lambda d: d["sentences"][0].update(end=5), "offsets"),
        (lambda d: d["links"][0].update(b="s9:9"), "unknown sentence"),
        (lambda d: d.pop("sources"), "not a Parallax comparison"),
    ],
)
def test_bad_documents_are_refused_with_a_reason(mutate, message: str) -> None:
    d = _comparison().to_dict()
    mutate(d)
    with pytest.raises(DocumentFormatError, match=message):
        Comparison.from_dict(d)


def test_garbage_json_is_refused() -> None:
    with pytest.raises(DocumentFormatError, match="not valid JSON"):
        Comparison.from_json("{nope")
