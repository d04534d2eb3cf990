"""Painting helpers: conflict rectangles, hover tooltips with the other sources' values, height cache."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFont

from gui.models.layout import build_layout
from gui.models.roles import SentenceItem
from gui.palette import palette_for
from gui.views.sentence_delegate import MARGIN, SentenceDelegate, span_rects, tooltip_text
from gui.views.text_heights import PAD, text_layout
from tests.gui.views.invented import bridge


@pytest.fixture
def item() -> SentenceItem:
    layout = build_layout(bridge())
    s = layout.sentences["s2:1"]
    return SentenceItem(s.id, s.source, s.text, s.status, layout.spans["s2:1"])


def test_hovering_a_conflict_names_the_other_sources_values(qapp, item) -> None:
    delegate = SentenceDelegate([])
    font = QFont()
    rect = QRect(0, 0, 400, 60)
    layout = text_layout(item.text, delegate.text_width_for(rect.width()), font)
    (span_rect,) = span_rects(layout, item.spans[0].start, item.spans[0].end)
    x = int(span_rect.center().x()) + 1 + MARGIN
    y = int(span_rect.center().y()) + 1 + PAD
    hit_item, span = delegate.span_in(rect, (item,), font, x, y)
    assert hit_item.id == "s2:1" and span is not None and span.text == "19 people"
    text = tooltip_text(hit_item, span, palette_for(False))
    assert "Coast Herald" in text and "14 people" in text and "Vellmar Radio" not in text
    _, elsewhere = delegate.span_in(rect, (item,), font, MARGIN + 2, y)
    assert elsewhere is None
    assert tooltip_text(hit_item, None, palette_for(False)) == "≠ reported differently"


def test_stacked_sentences_are_hit_one_by_one(qapp, item) -> None:
    delegate = SentenceDelegate([])
    font = QFont()
    other = SentenceItem("s2:9", "s2", "A second sentence in the same cell.", "shared")
    rect = QRect(0, 0, 300, 200)
    blocks = delegate.blocks_in(rect, (item, other), font)
    assert blocks[0][1].bottom() < blocks[1][1].top()
    assert blocks[1][1].bottom() == rect.bottom() - 1  # the last one fills the row
    assert delegate.sentence_in(rect, (item, other), font, blocks[1][1].top() + 2) == "s2:9"
