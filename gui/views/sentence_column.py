"""One source's sentences in reading order, painted directly (no item view).

A column keeps a list of sentence tops computed from the shared height cache,
so relayout is plain arithmetic and painting touches only what is visible:
12 columns of 300 sentences stay smooth, where a QListView asked a Python
delegate for every item's size on each relayout.
"""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QWidget

from gui.models.presentation import Presentation
from gui.models.roles import SentenceItem
from gui.models.source_model import SourceSentencesModel
from gui.models.status_filter import ALL_STATUSES, status_visible
from gui.views.sentence_delegate import SentenceDelegate

SPACING = 2  # between two sentences


class SentenceColumn(QAbstractScrollArea):
    """Paints `model`'s sentences top to bottom; hidden statuses are left out."""

    sentenceClicked = Signal(str, bool)  # id, extend
    sentenceMenu = Signal(str, QPoint)  # id, global position
    laidOut = Signal()

    def __init__(self, presentation: Presentation, model: SourceSentencesModel, delegate: SentenceDelegate,
                 visible: frozenset[str] = ALL_STATUSES, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._p = presentation
        self.model = model
        self.delegate = delegate
        self._visible: frozenset[str] = visible
        self._ids: list[str] = []
        self._tops: list[int] = []
        self._heights: list[int] = []
        self._row: dict[str, int] = {}
        self._stale = True
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.viewport().setMouseTracking(True)
        self.verticalScrollBar().setSingleStep(20)
        self.verticalScrollBar().valueChanged.connect(self.viewport().update)
        model.modelReset.connect(self.reload)
        delegate.heights.refined.connect(self._on_refined)
        self.reload()

    # -- layout ----------------------------------------------------------------
    def set_visible(self, statuses: frozenset[str]) -> None:
        self._visible = statuses
        self.reload()

    def reload(self) -> None:
        sentences = self._p.layout().sentences
        visible = self._visible
        self._ids = [i for i in self.model.sentence_ids() if status_visible(sentences[i].status, visible)]
        self._row = {sid: k for k, sid in enumerate(self._ids)}
        self.relayout()

    def _on_refined(self) -> None:
        if not self._row.keys().isdisjoint(self.delegate.heights.last_changed):
            self.relayout()

    def relayout(self) -> None:
        """Recompute every sentence's top from the height cache (estimates until measured)."""
        if not self.isVisible():
            self._stale = True  # a hidden column's width is not final: lay out when shown
            return
        self._stale = False
        item = self._p.item
        items = [item(i) for i in self._ids]
        self._heights = self.delegate.sentence_heights(items, self.viewport().width(), self.font())
        tops, y = [], 0
        for h in self._heights:
            tops.append(y)
            y += h + SPACING
        self._tops = tops
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, y - self.viewport().height()))
        bar.setPageStep(max(1, self.viewport().height()))
        self.viewport().update()
        self.laidOut.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.relayout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width() or self._stale:
            self.relayout()
        else:
            self.verticalScrollBar().setRange(0, max(0, self.content_height() - self.viewport().height()))
            self.verticalScrollBar().setPageStep(max(1, self.viewport().height()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.relayout()

    def content_height(self) -> int:
        return self._tops[-1] + self._heights[-1] if self._tops else 0

    def _laid_out(self) -> bool:
        return len(self._tops) == len(self._ids)

    # -- positions ---------------------------------------------------------------
    def sentence_ids(self) -> list[str]:
        """The ids shown, top to bottom."""
        return list(self._ids)

    def sentence_rect(self, sentence_id: str) -> QRect | None:
        """Where a sentence is in viewport coordinates (None when filtered out)."""
        k = self._row.get(sentence_id)
        if k is None or not self._laid_out():
            return None
        return QRect(0, self._tops[k] - self.verticalScrollBar().value(), self.viewport().width(), self._heights[k])

    def index_at_y(self, y: int) -> int:
        """Index into the shown sentences at a viewport height (clamped; -1 when empty)."""
        if not self._ids or not self._laid_out():
            return -1
        return max(0, min(len(self._ids) - 1, bisect_right(self._tops, y + self.verticalScrollBar().value()) - 1))

    def sentence_at_y(self, y: int) -> str | None:
        k = self.index_at_y(y)
        return self._ids[k] if k >= 0 else None

    def place(self, sentence_id: str, y: int) -> None:
        """Scroll so the sentence's top stands at viewport height `y`."""
        k = self._row.get(sentence_id)
        if k is not None and self._laid_out():
            self.verticalScrollBar().setValue(self._tops[k] - y)

    # -- painting and input ----------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), self.delegate.palette.base)
        if self._ids and self._laid_out():
            offset = self.verticalScrollBar().value()
            width = self.viewport().width()
            font = self.font()
            k = self.index_at_y(event.rect().top())
            bottom = event.rect().bottom() + offset
            while k < len(self._ids) and self._tops[k] <= bottom:
                rect = QRect(0, self._tops[k] - offset, width, self._heights[k])
                self.delegate.paint_cell(painter, rect, (self._p.item(self._ids[k]),), font)
                k += 1
        painter.end()

    def _hit(self, pos: QPoint) -> tuple[str, QRect, tuple[SentenceItem, ...]] | None:
        sid = self.sentence_at_y(pos.y())
        rect = self.sentence_rect(sid) if sid else None
        if sid is None or rect is None or not rect.adjusted(0, 0, 0, SPACING).contains(pos):
            return None
        return sid, rect, (self._p.item(sid),)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event.position().toPoint())
        if hit is not None and event.button() == Qt.MouseButton.LeftButton:
            self.sentenceClicked.emit(hit[0], bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier))
        super().mousePressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        hit = self._hit(event.pos())
        if hit is not None:
            self.sentenceMenu.emit(hit[0], event.globalPos())

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            help_event: QHelpEvent = event  # type: ignore[assignment]
            hit = self._hit(help_event.pos())
            span = self.delegate.span_in(hit[1], hit[2], self.font(), help_event.pos().x(), help_event.pos().y()) \
                if hit else None
            self.delegate.show_tooltip(span, help_event.globalPos(), self.viewport())
            return True
        return super().viewportEvent(event)
