"""A narrow map of the whole comparison beside the scroll bar: where differences are; click to jump."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from gui.palette import Palette, palette_for

WIDTH = 16

# Non-colour cue: each status takes its own lane of the strip.
_LANES = {"shared": (0.0, 0.35), "differing": (0.0, 1.0), "unique": (0.45, 1.0), "ignored": (0.0, 0.2)}


class OverviewStrip(QWidget):
    """One mark per aligned row, coloured and placed by status; `rowClicked` asks to jump there."""

    rowClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.statuses: list[str] = []
        self.visible_rows: tuple[int, int] = (0, 0)
        self.palette_roles: Palette = palette_for(False)
        self.setFixedWidth(WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip("Overview: ≠ differing (full width), + unique (right), = shared (left). Click to jump.")

    def sizeHint(self) -> QSize:
        return QSize(WIDTH, 200)

    def set_statuses(self, statuses: list[str]) -> None:
        self.statuses = statuses
        self.update()

    def set_visible_rows(self, first: int, last: int) -> None:
        if (first, last) != self.visible_rows:
            self.visible_rows = (first, last)
            self.update()

    def set_palette(self, palette: Palette) -> None:
        self.palette_roles = palette
        self.update()

    def row_at(self, y: float) -> int:
        n = len(self.statuses)
        if n == 0 or self.height() <= 0:
            return -1
        return max(0, min(n - 1, int(y / self.height() * n)))

    def y_of(self, row: int) -> float:
        return row / max(1, len(self.statuses)) * self.height()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        pal = self.palette_roles
        painter.fillRect(self.rect(), pal.gap)
        n = len(self.statuses)
        if n:
            step = self.height() / n
            mark = max(2.0, step)
            for order in ("shared", "ignored", "unique", "differing"):  # differences drawn last, on top
                role = pal.role(order)
                lo, hi = _LANES[order]
                for i, status in enumerate(self.statuses):
                    if status == order:
                        r = QRectF(lo * WIDTH, i * step, (hi - lo) * WIDTH, mark)
                        painter.fillRect(r, role.accent)
            first, last = self.visible_rows
            if last >= first:
                painter.setPen(QPen(pal.header_text, 1))
                painter.setBrush(QBrush(Qt.BrushStyle.NoBrush))
                top = self.y_of(first)
                painter.drawRect(QRectF(0.5, top, WIDTH - 1.0, max(3.0, self.y_of(last + 1) - top)))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        row = self.row_at(event.position().y())
        if row >= 0 and event.button() == Qt.MouseButton.LeftButton:
            self.rowClicked.emit(row)
