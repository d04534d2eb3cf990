"""Aligned rows: a table with one column per source and one row per group of linked sentences.

It only turns mouse input into sentence ids (through the delegate's hit test)
and sizes its rows; what to select or reveal is the container's call.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QStyleOptionHeader, QTableView, QWidget

from gui.models.presentation import Presentation
from gui.models.roles import Roles
from gui.models.status_filter import StatusFilterProxy
from gui.views.sentence_delegate import GAP, SentenceDelegate
from gui.views.text_heights import font_key

MIN_COLUMN = 280  # below this, columns scroll horizontally instead of squeezing


class SourceHeaderView(QHeaderView):
    """Column headers as two lines: the source's title in bold, its origin muted and elided in the middle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)

    def sizeHint(self) -> QSize:
        size = super().sizeHint()
        size.setHeight(2 * self.fontMetrics().height() + 10)
        return size

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:
        model = self.model()
        if model is None or not rect.isValid():
            return
        text = str(model.headerData(logical_index, Qt.Orientation.Horizontal) or "")
        title, _, origin = text.partition("\n")
        option = QStyleOptionHeader()
        self.initStyleOptionForIndex(option, logical_index)
        option.rect = rect
        option.text = ""
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        inner = rect.adjusted(6, 4, -6, -4)
        line = self.fontMetrics().height()
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        elided = QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(QRect(inner.left(), inner.top(), inner.width(), line), Qt.AlignmentFlag.AlignLeft, elided)
        painter.setFont(self.font())
        text_colour = self.palette().color(QPalette.ColorRole.ButtonText)
        back = self.palette().color(QPalette.ColorRole.Button)
        painter.setPen(QColor((text_colour.red() * 2 + back.red()) // 3, (text_colour.green() * 2 + back.green()) // 3,
                              (text_colour.blue() * 2 + back.blue()) // 3))
        elided = self.fontMetrics().elidedText(origin, Qt.TextElideMode.ElideMiddle, inner.width())
        painter.drawText(QRect(inner.left(), inner.top() + line, inner.width(), line), Qt.AlignmentFlag.AlignLeft,
                         elided)
        painter.restore()


class AlignedTable(QTableView):
    """Aligned rows: one column per source; rows grow to their tallest cell."""

    sentenceClicked = Signal(str, bool)  # id, extend
    sentenceMenu = Signal(str, QPoint)  # id, global position

    def __init__(
        self, proxy: StatusFilterProxy, delegate: SentenceDelegate, presentation: Presentation,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._presentation = presentation
        self.setItemDelegate(delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setModel(proxy)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.setMouseTracking(True)
        self.verticalHeader().hide()
        self.setHorizontalHeader(SourceHeaderView(self))
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._relayout = QTimer(self, singleShot=True, interval=0)
        self._relayout.timeout.connect(self.fit)
        proxy.modelReset.connect(self._relayout.start)
        proxy.layoutChanged.connect(self._relayout.start)
        proxy.rowsInserted.connect(self._relayout.start)
        delegate.heights.refined.connect(self._on_refined)
        self._stale = False

    def fit(self) -> None:
        """Share the width between the columns (never under MIN_COLUMN), then size rows to their text."""
        if not self.isVisible():
            self._stale = True  # the reading view is shown: catch up when this one is
            return
        proxy: StatusFilterProxy = self.model()  # type: ignore[assignment]
        n = proxy.columnCount()
        if n == 0:
            return
        width = max(MIN_COLUMN, self.viewport().width() // n)
        for col in range(n):
            if self.columnWidth(col) != width:
                self.setColumnWidth(col, width)
        self.fit_rows()

    def _on_refined(self) -> None:
        """Measured heights arrived: resize only the rows that hold those sentences."""
        if not self.isVisible():
            self._stale = True
            return
        layout = self._presentation.layout()
        rows = {layout.row_of[i] for i in self.itemDelegate().heights.last_changed if i in layout.row_of}
        if rows:
            self.fit_rows(rows)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.fit()

    def fit_rows(self, only: set[int] | None = None) -> None:
        """Row height = its tallest cell, from the delegate's height cache (no text shaping here).

        Plain Python over the layout instead of a Qt call per cell: 10 x 100 sentences make
        about 700 rows x 10 cells, and this runs again whenever measured heights arrive.
        """
        proxy: StatusFilterProxy = self.model()  # type: ignore[assignment]
        layout = self._presentation.layout()
        if proxy.columnCount() == 0:
            return
        delegate: SentenceDelegate = self.itemDelegate()  # type: ignore[assignment]
        header = self.verticalHeader()
        font = self.font()
        key = font_key(font)
        width = delegate.text_width_for(self.columnWidth(0))
        heights = delegate.heights
        sentences = layout.sentences
        italic = QFont(font)
        italic.setItalic(True)
        italic_key = font_key(italic)
        empty = delegate.cell_height((), 0, font)
        r = -1
        for n, row in enumerate(layout.rows):
            if not proxy.accepts_status(row.status):
                continue
            r += 1
            if only is not None and n not in only:
                continue
            h = empty
            for cell in row.cells:
                if cell:
                    total = GAP * (len(cell) - 1) + 2
                    for sid in cell:
                        s = sentences[sid]
                        if s.status == "ignored":
                            total += heights.height(sid, s.text, width, italic, italic_key)
                        else:
                            total += heights.height(sid, s.text, width, font, key)
                    h = max(h, total)
            if header.sectionSize(r) != h:
                header.resizeSection(r, h)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout.start()

    def sentence_at(self, pos: QPoint) -> str | None:
        """The sentence under a viewport point, through the delegate's hit test."""
        index = self.indexAt(pos)
        if not index.isValid():
            return None
        delegate: SentenceDelegate = self.itemDelegate()  # type: ignore[assignment]
        return delegate.sentence_in(self.visualRect(index), index.data(Roles.Items) or (), self.font(), pos.y())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        sid = self.sentence_at(event.position().toPoint())
        if sid is not None and event.button() == Qt.MouseButton.LeftButton:
            self.sentenceClicked.emit(sid, bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier))
        super().mousePressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        sid = self.sentence_at(event.pos())
        if sid is not None:
            self.sentenceMenu.emit(sid, event.globalPos())
