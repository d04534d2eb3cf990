"""A reading column: sentences stacked top to bottom, hit tests, filters."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_column_hit_test_misses_between_sentences(widget) -> None:
    widget.set_view_mode("reading")
    column = widget.reading.lists[0]
    below_all = column.sentence_rect("s1:3").bottom() + 20
    assert column._hit(QPoint(10, below_all)) is None


def test_a_filter_leaves_out_sentences_and_closes_the_gap(widget) -> None:
    widget.set_view_mode("reading")
    column = widget.reading.lists[2]
    widget.set_filter(shared=False, differing=True, unique=True)
    assert column.sentence_ids() == ["s3:1", "s3:2"]
    assert column.sentence_rect("s3:0") is None
    assert column.sentence_rect("s3:2").top() == column.sentence_rect("s3:1").bottom() + 3  # bottom() is inclusive
