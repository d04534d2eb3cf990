"""Paints sentences as tinted blocks with a margin glyph and pattern; conflicting words highlighted.

One delegate serves both views: an aligned cell may hold several sentences of
one source (stacked), a reading-order row holds one. All colours and cues come
from gui.palette; the data comes from the model's Roles.Items.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QFont, QHelpEvent, QPainter, QPen, QPolygonF, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem, QToolTip, QWidget

from gui.models.layout import ConflictSpan
from gui.models.roles import Roles, SentenceItem
from gui.palette import Palette, palette_for
from gui.views.text_heights import PAD, TextHeights, font_key, layout_height, text_layout

MARGIN = 24  # glyph + pattern bar left of the text
GAP = 3  # between two sentences stacked in one cell
LAYOUT_CACHE = 1500  # wrapped layouts kept: a few screens of 12 columns
_Index = QModelIndex | QPersistentModelIndex


class SentenceDelegate(QStyledItemDelegate):
    """Paints Roles.Items; `selected` is the widget's selection (sentence ids), shared by reference."""

    def __init__(self, selected: list[str], parent: QAbstractItemView | None = None) -> None:
        super().__init__(parent)
        self.palette: Palette = palette_for(False)
        self.selected = selected
        self.heights = TextHeights(self)
        self._layouts: OrderedDict[tuple, QTextLayout] = OrderedDict()

    def set_palette(self, palette: Palette) -> None:
        self.palette = palette

    def clear_cache(self) -> None:
        self.heights.clear()
        self._layouts.clear()

    # -- geometry -------------------------------------------------------------
    def text_width_for(self, cell_width: int) -> int:
        return max(40, cell_width - MARGIN - 2 * PAD)

    def _font(self, item: SentenceItem, font: QFont) -> QFont:
        if not self.palette.role(item.status).italic:
            return font
        f = QFont(font)
        f.setItalic(True)
        return f

    def _text_layout(self, item: SentenceItem, width: int, font: QFont) -> QTextLayout:
        """The same wrapped layout paints and hit-tests; kept for a while, since shaping is the slow part."""
        f = self._font(item, font)
        key = (item.id, item.text, width, font_key(f))
        layout = self._layouts.get(key)
        if layout is None:
            layout = text_layout(item.text, width, f)
            self.heights.record(item.id, item.text, width, f, layout_height(layout))
            self._layouts[key] = layout
            if len(self._layouts) > LAYOUT_CACHE:
                self._layouts.popitem(last=False)
        else:
            self._layouts.move_to_end(key)
        return layout

    def block_height(self, item: SentenceItem, width: int, font: QFont) -> int:
        return self.heights.height(item.id, item.text, width, self._font(item, font))

    def cell_height(self, items: tuple[SentenceItem, ...], cell_width: int, font: QFont) -> int:
        """Height of a cell of `cell_width` holding these sentences (stacked)."""
        if not items:
            return 2 * PAD + 4
        width = self.text_width_for(cell_width)
        return sum(self.block_height(it, width, font) for it in items) + GAP * (len(items) - 1) + 2

    def sentence_heights(self, items: list[SentenceItem], cell_width: int, font: QFont) -> list[int]:
        """Heights of single-sentence cells, in bulk: one font key for all, no per-item font copies."""
        width = self.text_width_for(cell_width)
        italic = QFont(font)
        italic.setItalic(True)
        keys = {False: font_key(font), True: font_key(italic)}
        fonts = {False: font, True: italic}
        height = self.heights.height
        out = []
        for it in items:
            slanted = self.palette.role(it.status).italic
            out.append(height(it.id, it.text, width, fonts[slanted], keys[slanted]) + 2)
        return out

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        items: tuple[SentenceItem, ...] = index.data(Roles.Items) or ()
        width = option.rect.width()  # type: ignore[attr-defined]
        return QSize(width, self.cell_height(items, width, option.font))  # type: ignore[attr-defined]

    def blocks_in(self, rect: QRect, items: tuple[SentenceItem, ...], font: QFont) -> list[tuple[SentenceItem, QRect]]:
        """Each sentence of a cell with the rectangle it is painted in."""
        width = self.text_width_for(rect.width())
        out, y = [], rect.top() + 1
        for it in items:
            h = self.block_height(it, width, font)
            out.append((it, QRect(rect.left() + 1, y, rect.width() - 2, h)))
            y += h + GAP
        if out and rect.bottom() - 1 > out[-1][1].bottom():
            # The last sentence fills the rest of a row made tall by another column.
            out[-1][1].setBottom(rect.bottom() - 1)
        return out

    # -- painting -------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        self.paint_cell(painter, option.rect, index.data(Roles.Items) or (), option.font)  # type: ignore[attr-defined]

    def paint_cell(self, painter: QPainter, rect: QRect, items: tuple[SentenceItem, ...], font: QFont) -> None:
        """A cell: tinted sentence blocks, or the gap colour where this source says nothing."""
        pal = self.palette
        painter.save()
        painter.fillRect(rect, pal.base)
        blocks = self.blocks_in(rect, items, font)
        if not blocks:
            painter.fillRect(rect.adjusted(1, 1, -1, -1), pal.gap)
        width = self.text_width_for(rect.width())
        for item, r in blocks:
            self._paint_block(painter, item, r, width, font)
        painter.restore()

    def _paint_block(self, painter: QPainter, item: SentenceItem, r: QRect, width: int, font: QFont) -> None:
        pal = self.palette
        role = pal.role(item.status)
        painter.fillRect(r, role.fill)
        bar = QRect(r.left(), r.top(), 5, r.height())
        if role.pattern != Qt.BrushStyle.NoBrush:
            painter.fillRect(bar, QBrush(role.accent, role.pattern))
        glyph_font = QFont(font)
        glyph_font.setBold(True)
        painter.setFont(glyph_font)
        painter.setPen(role.accent)
        painter.drawText(QRect(r.left() + 5, r.top() + PAD, MARGIN - 5, painter.fontMetrics().height()),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, role.glyph)
        layout = self._text_layout(item, width, font)
        origin = QPointF(r.left() + MARGIN, r.top() + PAD)
        spans = [rect.translated(origin) for span in item.spans for rect in span_rects(layout, span.start, span.end)]
        for rect in spans:
            painter.fillRect(rect, pal.conflict_fill)
        painter.setPen(role.text)
        layout.draw(painter, origin)
        if spans:
            # Conflicting words again in their own colour, clipped to their highlight, and a wavy underline:
            # drawn by hand because QTextLayout.FormatRange crashes PySide6 6.12.
            painter.save()
            painter.setPen(pal.conflict_text)
            for rect in spans:
                painter.setClipRect(rect)
                layout.draw(painter, origin)
            painter.restore()
            painter.setPen(QPen(pal.conflict_underline, 1.3))
            wavy = pal.role("differing").underline == QTextCharFormat.UnderlineStyle.WaveUnderline
            for rect in spans:
                if wavy:
                    painter.drawPolyline(_wave(rect.left(), rect.right(), rect.bottom() - 1.5))
                else:
                    painter.drawLine(QPointF(rect.left(), rect.bottom() - 1), QPointF(rect.right(), rect.bottom() - 1))
        if item.id in self.selected:
            painter.setPen(QPen(pal.selection, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(r).adjusted(1, 1, -1, -1))

    # -- hit testing ------------------------------------------------------------
    def sentence_in(self, rect: QRect, items: tuple[SentenceItem, ...], font: QFont, y: int) -> str | None:
        """The sentence of a cell under height `y` (None in an empty cell)."""
        blocks = self.blocks_in(rect, items, font)
        for item, r in blocks:
            if r.top() <= y <= r.bottom() + GAP:
                return item.id
        return blocks[-1][0].id if blocks else None

    def span_in(
        self, rect: QRect, items: tuple[SentenceItem, ...], font: QFont, x: int, y: int
    ) -> tuple[SentenceItem, ConflictSpan | None] | None:
        """The sentence under a point and the conflicting mention there, if any."""
        width = self.text_width_for(rect.width())
        for item, r in self.blocks_in(rect, items, font):
            if not r.contains(x, y):
                continue
            layout = self._text_layout(item, width, font)
            px, py = x - r.left() - MARGIN, y - r.top() - PAD
            for i in range(layout.lineCount()):
                line = layout.lineAt(i)
                if line.y() <= py < line.y() + line.height() and 0 <= px <= line.naturalTextWidth():
                    pos = line.xToCursor(px)
                    return item, next((s for s in item.spans if s.start <= pos < s.end), None)
            return item, None
        return None

    def show_tooltip(self, hit: tuple[SentenceItem, ConflictSpan | None] | None, global_pos: QPoint,
                     widget: QWidget) -> None:
        if hit is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(global_pos, tooltip_text(hit[0], hit[1], self.palette), widget)

    def helpEvent(
        self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem, index: _Index
    ) -> bool:
        """Tooltip: over a conflicting mention, the other sources' values; else the status in words."""
        if event is None or event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        items = index.data(Roles.Items) or ()
        hit = self.span_in(option.rect, items, option.font, event.pos().x(), event.pos().y())  # type: ignore[attr-defined]
        self.show_tooltip(hit, event.globalPos(), view)
        return True


def span_rects(layout: QTextLayout, start: int, end: int) -> list[QRectF]:
    """Rectangles (layout coordinates) covering characters start..end, one per wrapped line."""
    rects = []
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        a, b = max(start, line.textStart()), min(end, line.textStart() + line.textLength())
        if a < b:
            x1, x2 = line.cursorToX(a)[0], line.cursorToX(b)[0]
            rects.append(QRectF(min(x1, x2), line.y(), abs(x2 - x1), line.height()))
    return rects


def _wave(x1: float, x2: float, y: float) -> QPolygonF:
    """A zigzag underline from x1 to x2 at y."""
    points, x, up = [], x1, True
    while x <= x2:
        points.append(QPointF(x, y - 1.5 if up else y + 1.0))
        x += 2.5
        up = not up
    return QPolygonF(points)


def tooltip_text(item: SentenceItem, span: ConflictSpan | None, palette: Palette) -> str:
    """Words for the tooltip: conflicting values side by side, or the sentence's status."""
    role = palette.role(item.status)
    if span is None:
        return f"{role.glyph} {role.label}"
    rows = "".join(f"<tr><td><b>{_esc(t)}</b></td><td>{_esc(v)}</td></tr>" for t, v in span.others)
    return f"≠ <b>{_esc(span.text)}</b> here; other sources say:<table>{rows}</table>"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
