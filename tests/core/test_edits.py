"""Manual edits survive recomputation, reordering and added sources."""

from __future__ import annotations

import pytest

from core.document import Document
from core.edits import Edit, EditLog, apply_edits, key_of, make_edit, resolve
from core.errors import DocumentFormatError
from core.model import Comparison, Link
from core.pipeline import build_sentences
from core.readers import read_text

A = "The ferry Marisol ran aground near Kestrel Point on Tuesday.\n\nForty passengers were lifted off by boat."
B = "Rescuers lifted 38 passengers from the ferry.\n\nThe Marisol struck rocks off Kestrel Point on Tuesday."
C = "A coastguard spokesman said the crew stayed aboard overnight."


def _doc(text: str, origin: str) -> Document:
    return read_text(text, origin=origin, title=origin)


def _comparison(*docs: Document, links: tuple[tuple[str, str, str], ...] = ()) -> Comparison:
    sources, sentences = build_sentences(docs)
    return Comparison(sources, sentences, [Link(a, b, rel, 0.9) for a, b, rel in links]).with_statuses()


def test_link_edit_survives_reordering_and_added_source() -> None:
    a, b, c = _doc(A, "a.txt"), _doc(B, "b.txt"), _doc(C, "c.txt")
    first = _comparison(a, b)
    log = EditLog([make_edit(first, "s1:0", "s2:1", "differing")])
    again = apply_edits(_comparison(c, b, a), log)  # a is now s3, b is s2
    link = next(k for k in again.links if k.key() == frozenset(("s3:0", "s2:1")))
    assert link.relation == "differing" and link.manual
    assert again.sentence("s3:0").status == "differing"
    assert again.sentence("s1:0").status == "unique"


def test_unlink_and_relation_edits_override_the_engine() -> None:
    a, b = _doc(A, "a.txt"), _doc(B, "b.txt")
    engine = _comparison(a, b, links=(("s1:0", "s2:1", "shared"), ("s1:1", "s2:0", "shared")))
    log = EditLog([make_edit(engine, "s1:0", "s2:1", "none"), make_edit(engine, "s1:1", "s2:0", "differing")])
    out = apply_edits(engine, log)
    assert [(k.a, k.b, k.relation) for k in out.links] == [("s1:1", "s2:0", "differing")]
    assert out.sentence("s1:0").status == "unique"
    assert out.sentence("s2:0").status == "differing"


def test_edit_of_a_removed_source_is_skipped() -> None:
    a, b, c = _doc(A, "a.txt"), _doc(B, "b.txt"), _doc(C, "c.txt")
    log = EditLog([make_edit(_comparison(a, c), "s1:0", "s2:0", "shared")])
    out = apply_edits(_comparison(a, b), log)
    assert out.links == []


def test_same_text_twice_prefers_the_same_origin() -> None:
    first = _comparison(_doc(A, "x.txt"), _doc(A, "y.txt"))
    key = key_of(first, "s2:1")
    swapped = _comparison(_doc(A, "y.txt"), _doc(A, "x.txt"))
    assert resolve(swapped, key) == "s1:1"


def test_later_decision_replaces_earlier_and_restore_undoes_it() -> None:
    comp = _comparison(_doc(A, "a.txt"), _doc(B, "b.txt"))
    log = EditLog()
    first = make_edit(comp, "s1:0", "s2:1", "shared")
    assert log.put(first) is None
    second = make_edit(comp, "s2:1", "s1:0", "none")
    assert log.put(second) == first
    assert len(log) == 1
    log.restore(second.pair(), first)
    assert list(log) == [first]
    log.restore(first.pair(), None)
    assert len(log) == 0


def test_round_trip_and_damaged_lists() -> None:
    comp = _comparison(_doc(A, "a.txt"), _doc(B, "b.txt"))
    log = EditLog([make_edit(comp, "s1:0", "s2:1", "differing")])
    assert list(EditLog.from_list(log.to_list())) == list(log)
    with pytest.raises(DocumentFormatError):
        EditLog.from_list({"a": 1})
    with pytest.raises(DocumentFormatError):
        EditLog.from_list([{"a": {}}])
    bad = log.to_list()
    bad[0]["state"] = "maybe"
    with pytest.raises(DocumentFormatError):
        EditLog.from_list(bad)
    assert isinstance(next(iter(log)), Edit)
