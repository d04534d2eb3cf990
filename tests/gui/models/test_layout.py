"""Rows from links, difference order and conflict spans: the presentation logic, without Qt."""

from __future__ import annotations

from dataclasses import replace

from gui.models.layout import build_layout, difference_rows, row_status
from tests.gui.views.invented import bridge, build, synthetic


def test_linked_sentences_share_a_row_and_gaps_stay_empty() -> None:
    layout = build_layout(bridge())
    first = layout.rows[layout.row_of["s1:0"]]
    assert first.cells == (("s1:0",), ("s2:0",), ("s3:0",))
    assert first.status == "shared"
    unique = layout.rows[layout.row_of["s2:2"]]
    assert unique.cells == ((), ("s2:2",), ())
    assert unique.status == "unique"
    assert layout.rows[layout.row_of["s1:1"]].status == "differing"


def test_rows_follow_the_first_source_and_insert_others_after_their_predecessor() -> None:
    layout = build_layout(bridge())
    order = [next(i for cell in row.cells for i in cell) for row in layout.rows]
    # s1 reads 0,1,2,3; s2's unique sentence 2 comes right after the row of s2:1; s3's after s3:1.
    assert order.index("s1:0") < order.index("s1:1") < order.index("s1:2") < order.index("s1:3")
    assert order.index("s2:2") == order.index("s1:1") + 1
    assert order.index("s3:2") == order.index("s2:2") + 1
    assert len(layout.rows) == 7


def test_two_sentences_of_one_source_stand_in_one_cell() -> None:
    doc = build(
        {
            "s1": ("A", "a", ["The ferry left at noon with 40 cars aboard."]),
            "s2": ("B", "b", ["The ferry left at noon.", "It carried 40 cars."]),
        },
        [("s1:0", "s2:0", "shared"), ("s1:0", "s2:1", "shared")],
    )
    layout = build_layout(doc)
    assert len(layout.rows) == 1
    assert layout.rows[0].cells == (("s1:0",), ("s2:0", "s2:1"))


def test_a_source_without_links_still_reads_in_order() -> None:
    doc = build(
        {
            "s1": ("A", "a", ["One.", "Two."]),
            "s2": ("B", "b", ["Alpha.", "Beta.", "Gamma."]),
        },
        [("s1:1", "s2:1", "shared")],
    )
    layout = build_layout(doc)
    s2_rows = [layout.row_of[f"s2:{i}"] for i in range(3)]
    assert s2_rows == sorted(s2_rows)
    assert layout.row_of["s1:0"] < layout.row_of["s1:1"]


def test_difference_rows_are_differing_and_unique_rows_in_order() -> None:
    layout = build_layout(bridge())
    rows = difference_rows(layout)
    assert [layout.rows[r].status for r in rows] == ["differing", "unique", "unique", "unique"]
    assert rows == sorted(rows)
    assert difference_rows(layout, {"unique"}) == rows[1:]


def test_row_status_prefers_the_most_telling_one() -> None:
    assert row_status(["shared", "differing"]) == "differing"
    assert row_status(["shared", "shared"]) == "shared"
    assert row_status(["ignored"]) == "ignored"


def test_conflict_spans_point_at_the_mention_words() -> None:
    doc = bridge()
    layout = build_layout(doc)
    (span,) = layout.spans["s2:1"]
    sentence = layout.sentences["s2:1"]
    assert sentence.text[span.start : span.end] == "19 people"
    assert ("Coast Herald", "14 people") in span.others
    assert all(title != "Vellmar Radio" for title, _ in span.others)
    assert "s1:0" not in layout.spans  # shared facts are not conflicts
    assert layout.fact_sentences["f1"] == ("s1:1", "s2:1", "s3:1")


def test_a_mention_with_a_wrong_sentence_id_is_found_by_its_offsets() -> None:
    doc = bridge()
    fact = doc.facts[0]
    broken = replace(fact, mentions=(replace(fact.mentions[1], sentence="None"), *fact.mentions[::2]))
    doc.facts[0] = broken
    layout = build_layout(doc)
    assert layout.sentences["s2:1"].text[layout.spans["s2:1"][0].start :].startswith("19 people")


def test_no_comparison_gives_an_empty_layout() -> None:
    layout = build_layout(None)
    assert layout.rows == [] and layout.sources == []


def _same(a, b) -> bool:
    """Two layouts show the same thing (link lists compared as sets: their order is not shown)."""
    links = [{k: sorted(v) for k, v in x.linked.items() if v} for x in (a, b)]
    return a.rows == b.rows and a.row_of == b.row_of and links[0] == links[1] and a.sentences == b.sentences


def test_an_edit_updates_the_layout_as_a_full_build_would(qtbot) -> None:
    """Link, unlink and relation changes patch the layout; the result equals building it afresh."""
    from core.model import Link
    from gui.models.layout import update_layout
    from gui.store import ComparisonStore

    store = ComparisonStore()
    store.set_comparison(synthetic(4, 40))
    edits = [
        lambda: store.add_link(Link("s1:1", "s2:2", "shared", 1.0, manual=True)),  # merges two rows
        lambda: store.set_relation("s1:3", "s2:3", "differing"),  # same rows, new statuses
        lambda: store.remove_link("s1:0", "s3:0"),  # splits a row
        lambda: store.remove_link("s1:1", "s2:2"),
    ]
    layout = build_layout(store.comparison())
    for edit in edits:
        before = store.comparison()
        edit()
        assert store.last_edit() is not None
        patched = update_layout(layout, before, store.comparison(), store.last_edit())
        assert _same(patched, build_layout(store.comparison()))
        layout = patched
    assert layout.rows[layout.row_of["s1:3"]].status == "differing"
    assert layout.row_of["s1:0"] != layout.row_of["s3:0"]


def test_a_relation_change_keeps_every_other_row_object(qtbot) -> None:
    """Views repaint only the changed rows: the others are the very same objects."""
    from gui.models.layout import update_layout
    from gui.store import ComparisonStore

    store = ComparisonStore()
    store.set_comparison(synthetic(3, 30))
    layout = build_layout(store.comparison())
    before = store.comparison()
    store.set_relation("s1:3", "s2:3", "differing")
    patched = update_layout(layout, before, store.comparison(), store.last_edit())
    changed = [n for n, (a, b) in enumerate(zip(layout.rows, patched.rows, strict=True)) if a is not b]
    assert changed == [layout.row_of["s1:3"]]


def test_a_layout_prepared_in_a_worker_is_picked_up_not_rebuilt() -> None:
    import threading

    from gui.models.layout import layout_for, prepare_layout, prepared_layout

    comparison = synthetic(3, 20)
    assert prepared_layout(comparison) is None
    worker = threading.Thread(target=prepare_layout, args=(comparison,))
    worker.start()
    worker.join()
    prepared = prepared_layout(comparison)
    assert prepared is not None and layout_for(comparison) is prepared
    assert prepared_layout(synthetic(3, 20)) is None  # an equal but different object is not mistaken for it
