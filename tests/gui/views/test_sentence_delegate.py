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


@pytest.mark.parametrize("dark", [False, True])
def test_conflicting_words_are_painted_readably_in_both_themes(qapp, item, dark: bool) -> None:
    """Paint a differing sentence and read the pixels back: the words on the highlight keep >= 4.5:1."""
    from PySide6.QtGui import QColor, QImage, QPainter

    from tests.gui.test_palette import _contrast

    delegate = SentenceDelegate([])
    pal = palette_for(dark)
    delegate.set_palette(pal)
    font = QFont()
    font.setPointSize(18)  # big glyphs: their cores are painted in the pen's own colour
    rect = QRect(0, 0, 700, 120)
    image = QImage(rect.size(), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    delegate.paint_cell(painter, rect, (item,), font)
    painter.end()
    layout = text_layout(item.text, delegate.text_width_for(rect.width()), font)
    (span,) = span_rects(layout, item.spans[0].start, item.spans[0].end)
    box = span.translated(1 + MARGIN, 1 + PAD).toRect().adjusted(1, 1, -1, -4)  # above the wavy underline
    colours = [QColor(image.pixel(x, y)) for x in range(box.left(), box.right())
               for y in range(box.top(), box.bottom())]
    rgbs = [c.rgb() for c in colours]
    background = max(set(rgbs), key=rgbs.count)
    assert QColor(background) == pal.conflict_fill
    best = max(_contrast(c, pal.conflict_fill) for c in colours)
    assert best >= 4.5, (dark, best)
    assert any(c == pal.conflict_text for c in colours)  # the words are drawn in the conflict text colour
