"""The comparison widget as a reader uses it: columns, statuses, stepping, filters, find, views, themes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from gui.models.roles import Roles
from gui.views.comparison_widget import ComparisonWidget
from tests.gui.views.invented import synthetic

# The offscreen platform says this whenever a top-level window's size hints change; it means nothing here.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _cell_rect(w: ComparisonWidget, sentence_id: str):
    index = w._table_index(sentence_id)
    assert index.isValid()
    return w.aligned.visualRect(index)


def _pixel(w: ComparisonWidget, sentence_id: str):
    """The painted fill colour inside a sentence's block, away from text and margin."""
    rect = _cell_rect(w, sentence_id)
    image = w.aligned.viewport().grab().toImage()
    return image.pixelColor(rect.right() - 4, rect.top() + 3)


def test_one_column_per_source_with_title_and_origin(widget) -> None:
    header = widget.aligned.model()
    assert header.columnCount() == 3
    titles = [header.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert titles[0] == "Coast Herald\nhttps://herald.example/vellmar-bridge"
    assert titles[1].startswith("Vellmar Radio\n/home/reporter/")
    widget.set_view_mode("reading")
    assert [h.title.text() for h in widget.reading.headers] == ["Coast Herald", "Vellmar Radio", "Wire report"]
    assert widget.reading.headers[2].origin.text() == "https://wire.example/a/1234"
    assert len(widget.reading.connectors) == 2


def test_statuses_are_painted_with_their_role_and_glyph(widget) -> None:
    pal = widget.palette_roles()
    for sid, status in (("s1:0", "shared"), ("s2:1", "differing"), ("s2:2", "unique")):
        assert _pixel(widget, sid) == pal.role(status).fill, sid
        assert widget._table_index(sid).data(Roles.Glyphs) == pal.role(status).glyph
    gap = widget.rows_proxy.index(widget._table_index("s2:2").row(), 0)
    assert gap.data(Roles.Items) == ()


def test_next_and_previous_difference_count_k_of_n(qtbot, widget) -> None:
    assert widget.difference_position() == (0, 4)
    with qtbot.waitSignal(widget.positionChanged) as sig:
        widget.next_difference()
    assert sig.args == [1, 4]
    assert widget.selected_sentences() == ["s1:1"]
    assert widget.legend.position.text() == "difference 1 of 4"
    widget.next_difference()
    widget.next_difference()
    assert widget.difference_position() == (3, 4)
    widget.previous_difference()
    assert widget.difference_position() == (2, 4)
    assert widget.selected_sentences() == ["s2:2"]


def test_filters_hide_rows_and_sentences(widget) -> None:
    widget.set_filter(shared=False, differing=True, unique=False)
    assert widget.rows_proxy.rowCount() == 1
    assert widget.difference_position() == (0, 1)
    widget.set_view_mode("reading")
    assert widget.reading.lists[0].sentence_ids() == ["s1:1"]
    widget.set_filter(shared=True, differing=False, unique=False)
    assert widget.reading.lists[2].sentence_ids() == ["s3:0", "s3:3"]  # ignored goes with shared
    widget.set_filter(shared=True, differing=True, unique=True)
    assert widget.rows_proxy.rowCount() == 7


def test_find_selects_and_reveals_the_hit_across_sources(widget) -> None:
    assert widget.find("CYCLIST")
    assert widget.selected_sentences() == ["s2:2"]
    assert widget.find("14 people")
    assert widget.selected_sentences() == ["s1:1"]
    assert widget.find("14 people")
    assert widget.selected_sentences() == ["s3:1"]
    assert widget.find("14 people", backwards=True)
    assert widget.selected_sentences() == ["s1:1"]
    assert not widget.find("volcano")
    assert widget.selected_sentences() == ["s1:1"]


def test_find_in_a_long_comparison_scrolls_to_the_hit(qtbot, store, widget) -> None:
    store.set_comparison(synthetic(3, 90))
    qtbot.waitUntil(lambda: widget.aligned.verticalScrollBar().maximum() > 0)
    assert widget.find("Report 2 line 88:")
    rect = _cell_rect(widget, "s2:88")
    assert widget.aligned.viewport().rect().intersects(rect)
    assert widget.aligned.verticalScrollBar().value() > 0


def test_clicking_the_overview_strip_jumps(qtbot, store, widget) -> None:
    store.set_comparison(synthetic(3, 90))
    qtbot.waitUntil(lambda: widget.aligned.verticalScrollBar().maximum() > 0)
    bar = widget.aligned.verticalScrollBar()
    assert bar.value() == 0
    qtbot.mouseClick(widget.overview, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.overview.height() - 2))
    assert bar.value() > bar.maximum() // 2
    _first, last = widget.overview.visible_rows
    assert last >= len(widget.overview.statuses) - 3


def test_switching_views_keeps_the_selected_sentence_in_sight(qtbot, store, widget) -> None:
    store.set_comparison(synthetic(3, 90))
    qtbot.waitUntil(lambda: widget.aligned.verticalScrollBar().maximum() > 0)
    widget.select_sentence("s3:70")
    widget.reveal_sentence("s3:70")
    widget.set_view_mode("reading")
    assert widget.view_mode() == "reading"
    assert widget.selected_sentences() == ["s3:70"]
    column = widget.reading.lists[2]
    rect = column.sentence_rect("s3:70")
    assert rect is not None and column.viewport().rect().intersects(rect)
    widget.set_view_mode("aligned")
    assert widget.aligned.viewport().rect().intersects(_cell_rect(widget, "s3:70"))


def test_clicks_select_and_ctrl_click_extends_in_order(qtbot, widget) -> None:
    viewport = widget.aligned.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_cell_rect(widget, "s2:1").center())
    assert widget.selected_sentences() == ["s2:1"]
    with qtbot.waitSignal(widget.selectionChanged):
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                         pos=_cell_rect(widget, "s1:3").center())
    assert widget.selected_sentences() == ["s2:1", "s1:3"]
    assert widget.difference_position() == (0, 4)  # s1:3 is shared: not on a difference


def test_dark_palette_swaps_the_painted_roles(widget) -> None:
    light = _pixel(widget, "s1:0")
    widget.set_dark(True)
    assert widget.palette_roles().dark
    dark = _pixel(widget, "s1:0")
    assert dark == widget.palette_roles().role("shared").fill
    assert dark.lightness() < light.lightness()


def test_twelve_sources_make_twelve_columns_that_scroll_sideways(qtbot, store, widget) -> None:
    store.set_comparison(synthetic(12, 20))
    qtbot.waitUntil(lambda: widget.aligned.horizontalScrollBar().maximum() > 0)
    assert widget.aligned.model().columnCount() == 12
    widget.set_view_mode("reading")
    assert len(widget.reading.lists) == 12
    assert len(widget.reading.connectors) == 11
    assert widget.reading._scroll.horizontalScrollBar().maximum() > 0


def test_zoom_changes_the_text_size(widget) -> None:
    size = widget.aligned.font().pointSizeF()
    widget.zoom_in()
    widget.zoom_in()
    assert widget.aligned.font().pointSizeF() == size + 2
    widget.zoom_out()
    assert widget.zoom() == 1
    widget.reset_zoom()
    assert widget.aligned.font().pointSizeF() == size


def test_state_round_trips(qtbot, store) -> None:
    first = ComparisonWidget(store)
    qtbot.addWidget(first)
    first.set_view_mode("reading")
    first.zoom_in()
    first.set_sync_scroll(False)
    first.set_filter(shared=False, differing=True, unique=True)
    state = first.save_state()
    second = ComparisonWidget(store)
    qtbot.addWidget(second)
    second.restore_state(state)
    assert second.save_state() == state
    second.restore_state({"view_mode": "sideways", "zoom": "big"})  # damaged values are ignored
    assert second.view_mode() == "reading"


def test_context_menu_offers_the_shell_actions(widget) -> None:
    from PySide6.QtGui import QAction

    assert widget.context_menu("s1:0") is None  # no actions yet, but the click still selects
    assert widget.selected_sentences() == ["s1:0"]
    action = QAction("Link", widget)
    widget.set_context_actions([action])
    widget.select_sentence("s1:2")
    menu = widget.context_menu("s2:2")
    assert widget.selected_sentences() == ["s1:2", "s2:2"]  # right-click adds to a selection, for linking
    assert [a.text() for a in menu.actions()] == ["Link"]


def test_an_edit_in_the_store_updates_statuses_and_the_count(qtbot, store, widget) -> None:
    from core.model import Link

    store.add_link(Link("s1:2", "s2:2", "differing", 1.0, manual=True))
    # Two unique rows become one differing row: 1 differing + 2 unique -> 2 differing + 1 unique.
    assert widget.difference_position() == (0, 3)
    assert _pixel(widget, "s2:2") == widget.palette_roles().role("differing").fill


def test_odd_documents_do_not_break_the_views(qtbot, store, widget) -> None:
    from tests.gui.views.invented import build

    widget.set_view_mode("reading")
    store.set_comparison(None)
    assert widget.reading.lists == [] and widget.difference_position() == (0, 0)
    assert not widget.find("anything")
    widget.next_difference()
    store.set_comparison(build({"s1": ("Only one", "x", ["A lone sentence."]), "s2": ("Empty", "y", [])}, []))
    assert len(widget.reading.lists) == 2 and widget.reading.lists[1].sentence_ids() == []
    widget.set_view_mode("aligned")
    assert widget.rows_proxy.rowCount() == 1
    widget.next_difference()
    assert widget.selected_sentences() == ["s1:0"]


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints", "This plugin does not support raise")
def test_hovering_a_conflicting_number_shows_the_other_sources_values(qtbot, widget) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QFont, QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    from gui.views.sentence_delegate import MARGIN, span_rects
    from gui.views.text_heights import PAD, text_layout

    rect = _cell_rect(widget, "s2:1")
    item = widget.presentation.item("s2:1")
    layout = text_layout(item.text, widget.delegate.text_width_for(rect.width()), QFont(widget.aligned.font()))
    (span,) = span_rects(layout, item.spans[0].start, item.spans[0].end)
    pos = QPoint(rect.left() + 1 + MARGIN + int(span.center().x()), rect.top() + 1 + PAD + int(span.center().y()))
    viewport = widget.aligned.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert "Coast Herald" in QToolTip.text() and "14 people" in QToolTip.text()
    QToolTip.hideText()


def test_switching_views_without_a_selection_keeps_the_top_sentence(qtbot, store, widget) -> None:
    store.set_comparison(synthetic(3, 90))
    qtbot.waitUntil(lambda: widget.aligned.verticalScrollBar().maximum() > 0)
    widget.aligned.verticalScrollBar().setValue(widget.aligned.verticalScrollBar().maximum() // 2)
    top = widget._top_sentence()
    assert top is not None and top != "s1:0"
    widget.set_view_mode("reading")
    column = widget.reading.lists[widget.reading.column_of(top)]
    assert column.viewport().rect().intersects(column.sentence_rect(top))


def test_the_selected_sentence_is_framed(widget) -> None:
    rect = _cell_rect(widget, "s2:2")
    edge = (rect.center().x(), rect.top() + 2)
    before = widget.aligned.viewport().grab().toImage().pixelColor(*edge)
    widget.select_sentence("s2:2")
    after = widget.aligned.viewport().grab().toImage().pixelColor(*edge)
    assert before != after and after == widget.palette_roles().selection
