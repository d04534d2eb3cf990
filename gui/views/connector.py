"""Meld-style bands between two neighbouring reading columns, one per link.

Painted in its own narrow widget between the columns; it repaints whenever
either column scrolls, so the curves follow the text.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from gui.palette import Palette, palette_for
from gui.views.sentence_column import SentenceColumn

WIDTH = 40


class ConnectorWidget(QWidget):
    """Draws a band from each linked sentence in `left` to its partner in `right`."""

    def __init__(self, left: SentenceColumn, right: SentenceColumn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.left, self.right = left, right
        self.palette_roles: Palette = palette_for(False)
        self.links: list[tuple[str, str, str]] = []  # (left id, right id, relation)
        self._offsets: tuple[int, ...] = (0, 0)
        self.setFixedWidth(WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        for view in (left, right):
            view.verticalScrollBar().valueChanged.connect(self.update)
            view.laidOut.connect(self.update)

    def set_links(self, links: list[tuple[str, str, str]]) -> None:
        self.links = links
        self.update()

    def set_palette(self, palette: Palette) -> None:
        self.palette_roles = palette
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(WIDTH, 100)

    def _span(self, view: SentenceColumn, sentence_id: str) -> tuple[float, float] | None:
        """Top and bottom of a sentence in this widget's coordinates (None when filtered out)."""
        r = view.sentence_rect(sentence_id)
        if r is None:
            return None
        top = r.top() + self._offsets[0 if view is self.left else 1]
        return float(top + 1), float(top + r.height() - 1)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette_roles.base)
        h, w = self.height(), float(self.width())
        # Both columns' viewports, in this widget's coordinates (computed once per paint).
        self._offsets = tuple(
            self.mapFromGlobal(v.viewport().mapToGlobal(QPoint(0, 0))).y() for v in (self.left, self.right)
        )
        for a, b, relation in self.links:
            left = self._span(self.left, a)
            right = self._span(self.right, b)
            if left is None or right is None:
                continue
            if (left[1] < 0 and right[1] < 0) or (left[0] > h and right[0] > h):
                continue
            path = QPainterPath(QPointF(0, left[0]))
            path.cubicTo(QPointF(w / 2, left[0]), QPointF(w / 2, right[0]), QPointF(w, right[0]))
            path.lineTo(QPointF(w, right[1]))
            path.cubicTo(QPointF(w / 2, right[1]), QPointF(w / 2, left[1]), QPointF(0, left[1]))
            path.closeSubpath()
            colour = self.palette_roles.connector(relation)
            painter.fillPath(path, colour)
            edge = self.palette_roles.role(relation).accent
            pen = QPen(edge, 1.2)
            # Non-colour cue: differing links have dashed edges, shared ones solid.
            pen.setStyle(Qt.PenStyle.DashLine if relation == "differing" else Qt.PenStyle.SolidLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        painter.end()
