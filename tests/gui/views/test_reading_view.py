"""Reading order: columns as written, connector bands between neighbours, synchronised scrolling."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.views.invented import synthetic

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def long_reading(qtbot, store, widget):
    store.set_comparison(synthetic(3, 90))
    widget.set_view_mode("reading")
    qtbot.waitUntil(lambda: widget.reading.lists[0].verticalScrollBar().maximum() > 0)
    return widget


def test_connectors_join_linked_sentences_of_neighbouring_columns(widget) -> None:
    widget.set_view_mode("reading")
    first, second = widget.reading.connectors
    assert ("s1:0", "s2:0", "shared") in first.links
    assert ("s1:1", "s2:1", "differing") in first.links
    assert ("s2:1", "s3:1", "differing") in second.links
    assert all(a.startswith("s1:") and b.startswith("s2:") for a, b, _ in first.links)


def test_scrolling_one_column_keeps_linked_sentences_level(qtbot, long_reading) -> None:
    columns = long_reading.reading.lists
    columns[0].verticalScrollBar().setValue(1500)
    anchor = columns[0].sentence_at_y(columns[0].viewport().height() // 3)
    partner = long_reading.reading.partner_in(anchor, "s2")
    assert columns[1].verticalScrollBar().value() > 0
    assert abs(columns[1].sentence_rect(partner).top() - columns[0].sentence_rect(anchor).top()) <= 1


def test_without_sync_the_other_columns_stay(long_reading) -> None:
    long_reading.set_sync_scroll(False)
    columns = long_reading.reading.lists
    columns[0].verticalScrollBar().setValue(1500)
    assert columns[1].verticalScrollBar().value() == 0


def test_clicking_a_sentence_in_a_column_selects_it(qtbot, widget) -> None:
    widget.set_view_mode("reading")
    column = widget.reading.lists[1]
    rect = column.sentence_rect("s2:2")
    qtbot.mouseClick(column.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert widget.selected_sentences() == ["s2:2"]
    assert widget.difference_position()[0] > 0


def test_next_difference_in_reading_order_scrolls_every_column(qtbot, long_reading) -> None:
    for _ in range(20):
        long_reading.next_difference()
    sid = long_reading.selected_sentences()[-1]
    col = long_reading.reading.column_of(sid)
    view = long_reading.reading.lists[col]
    assert view.viewport().rect().intersects(view.sentence_rect(sid))
    assert long_reading.difference_position()[0] == 20


def test_headers_elide_long_titles_and_origins_instead_of_cutting_them(qtbot, widget) -> None:
    widget.set_view_mode("reading")
    header = widget.reading.headers[2]
    origin = "https://wire.example/a/very/long/path/to/the/story/about/the/bridge/1234"
    header.title.set_full_text("Wire report on the collapse of the footbridge over the Vell at dawn")
    header.origin.set_full_text(origin)
    header.title.resize(180, header.title.height())
    header.origin.resize(180, header.origin.height())
    title, shown = header.title.text(), header.origin.text()
    assert title.startswith("Wire report") and title.endswith("…")
    assert shown.startswith("https://") and shown.endswith("1234") and "…" in shown  # the file name stays
    assert header.title.fontMetrics().horizontalAdvance(title) <= header.title.width()
    assert header.origin.toolTip() == origin == header.origin.full_text()


def test_hidden_columns_are_built_in_idle_time_and_reused_when_shown(qtbot, store, widget) -> None:
    """A new comparison while aligned rows show: reading columns are built a column per event-loop turn."""
    store.set_comparison(synthetic(6, 30))
    assert widget.view_mode() == "aligned"
    qtbot.waitUntil(lambda: len(widget.reading.lists) == 6, timeout=5_000)
    built = list(widget.reading.lists)
    widget.set_view_mode("reading")
    assert widget.reading.lists == built  # switching does not build them again
    assert widget.reading.lists[0].sentence_rect("s1:0") is not None


def test_a_rename_updates_the_column_title(qtbot, store, widget) -> None:
    from dataclasses import replace

    widget.set_view_mode("reading")
    c = store.comparison()
    store.set_comparison(replace(c, sources=[replace(c.sources[0], title="Coast Herald (evening)"), *c.sources[1:]]))
    assert widget.reading.headers[0].title.full_text() == "Coast Herald (evening)"
