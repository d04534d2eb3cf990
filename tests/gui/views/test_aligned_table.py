"""The aligned table: rows as tall as their tallest cell, two-line headers, clicks to sentence ids."""

from __future__ import annotations

import pytest

from gui.views.aligned_table import MIN_COLUMN

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_rows_fit_their_tallest_cell(qtbot, widget) -> None:
    table = widget.aligned
    qtbot.waitUntil(lambda: widget.delegate.heights.pending() == 0)
    row = widget._table_index("s1:0").row()
    tallest = max(
        widget.delegate.cell_height((widget.presentation.item(s),), table.columnWidth(c), table.font())
        for c, s in enumerate(("s1:0", "s2:0", "s3:0"))
    )
    assert table.rowHeight(row) == tallest


def test_columns_share_the_width_but_never_shrink_below_the_minimum(widget) -> None:
    table = widget.aligned
    widths = {table.columnWidth(c) for c in range(3)}
    assert len(widths) == 1 and widths.pop() >= MIN_COLUMN
    widget.resize(500, 400)
    table.fit()
    assert table.columnWidth(0) == MIN_COLUMN
    assert table.horizontalScrollBar().maximum() > 0


def test_a_point_maps_to_the_sentence_and_a_gap_to_nothing(widget) -> None:
    table = widget.aligned
    rect = table.visualRect(widget._table_index("s3:2"))
    assert table.sentence_at(rect.center()) == "s3:2"
    gap = table.visualRect(widget.rows_proxy.index(widget._table_index("s3:2").row(), 0))
    assert table.sentence_at(gap.center()) is None


def test_header_is_taller_than_one_line(widget) -> None:
    header = widget.aligned.horizontalHeader()
    assert header.height() >= 2 * header.fontMetrics().height()
