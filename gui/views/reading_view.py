"""Reading order: each article as written in its own column, connector bands between neighbours.

Columns scroll on their own; with synchronised scrolling on, the others follow
so that the sentence linked to the one at the top of the scrolled column stands
level with it (as Meld keeps panes in step).
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from gui.models.presentation import Presentation
from gui.models.source_model import SourceSentencesModel
from gui.models.status_filter import ALL_STATUSES
from gui.palette import Palette, palette_for
from gui.views.aligned_table import MIN_COLUMN
from gui.views.connector import WIDTH as CONNECTOR_WIDTH
from gui.views.connector import ConnectorWidget
from gui.views.sentence_column import SentenceColumn
from gui.views.sentence_delegate import SentenceDelegate


class ElidedLabel(QLabel):
    """One line that elides instead of being cut at the column edge; the full text is its tooltip."""

    def __init__(self, text: str, mode: Qt.TextElideMode, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._mode = mode
        self.setMinimumWidth(10)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def _elide(self) -> None:
        super().setText(self.fontMetrics().elidedText(self._full, self._mode, max(10, self.width())))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._elide()


class SourceHeader(QWidget):
    """A column's title (bold, elided at the end) and origin (elided in the middle, so the file name shows)."""

    def __init__(self, title: str, origin: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(0)
        self.title = ElidedLabel(title, Qt.TextElideMode.ElideRight)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.origin = ElidedLabel(origin, Qt.TextElideMode.ElideMiddle)
        layout.addWidget(self.title)
        layout.addWidget(self.origin)


class ReadingView(QWidget):
    """Columns of SentenceList with ConnectorWidgets between them, inside a horizontal scroll area."""

    sentenceClicked = Signal(str, bool)
    sentenceMenu = Signal(str, QPoint)
    scrolled = Signal()

    def __init__(self, presentation: Presentation, delegate: SentenceDelegate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._p = presentation
        self._delegate = delegate
        self._visible: frozenset[str] = ALL_STATUSES
        self._sync = True
        self._syncing = False
        self._palette: Palette = palette_for(False)
        self.lists: list[SentenceColumn] = []
        self.headers: list[SourceHeader] = []
        self.connectors: list[ConnectorWidget] = []
        self._source_ids: list[str] = []
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._scroll)
        self._active = False
        self._dirty = True
        self._steps: Iterator[bool] | None = None  # a hidden build in progress
        self._building_for: list[str] = []
        self._prebuild = QTimer(self, singleShot=True, interval=15)
        self._prebuild.timeout.connect(self._prebuild_step)
        presentation.changed.connect(self._on_changed)

    # -- construction ---------------------------------------------------------
    def set_active(self, active: bool) -> None:
        """Only the shown view keeps up with changes; a hidden reading view catches up when shown."""
        self._active = active
        if active and self._dirty:
            self._on_changed()

    def _on_changed(self) -> None:
        sources = self._p.layout().sources
        if not self._active:
            self._dirty = True
            if sources != self._source_ids and sources != self._building_for:
                # Build the hidden columns now, one per event-loop turn, so that switching views later
                # does not create a dozen columns at once (~100 ms at 10 sources on the UI thread).
                self._steps = self._builder() if sources else None
                self._building_for = list(sources)
                if self._steps is not None:
                    self._prebuild.start()
            return
        self._dirty = False
        self._finish_prebuild()
        if sources != self._source_ids:
            self._build()
        else:
            self._update_titles()
            self._update_links()

    def _prebuild_step(self) -> None:
        if self._steps is None:
            return
        if next(self._steps, None) is None:  # the last column is in: the builder installed them
            self._steps = None
            self._building_for = []
        else:
            self._prebuild.start()

    def _finish_prebuild(self) -> None:
        self._prebuild.stop()
        steps, self._steps = self._steps, None
        self._building_for = []
        for _ in steps or ():
            pass

    def _build(self) -> None:
        for _ in self._builder():
            pass

    def _builder(self) -> Iterator[bool]:
        """Creates the columns one at a time (yielding True after each); installs them at the end."""
        comparison = self._p.store.comparison()
        source_ids = list(self._p.layout().sources)
        lists: list[SentenceColumn] = []
        headers: list[SourceHeader] = []
        connectors: list[ConnectorWidget] = []
        container = QWidget()
        row = QHBoxLayout(container)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        for i, sid in enumerate(source_ids):
            src = comparison.source(sid)  # type: ignore[union-attr]
            model = SourceSentencesModel(self._p, sid, container)
            view = SentenceColumn(self._p, model, self._delegate, self._visible)
            view.setFont(self.font())
            view.setMinimumWidth(MIN_COLUMN - CONNECTOR_WIDTH)
            view.sentenceClicked.connect(self.sentenceClicked)
            view.sentenceMenu.connect(self.sentenceMenu)
            view.verticalScrollBar().valueChanged.connect(lambda _v, i=i: self._column_scrolled(i))
            header = SourceHeader(src.title or src.id, src.origin)
            column = QWidget()
            col_layout = QVBoxLayout(column)
            col_layout.setContentsMargins(0, 0, 0, 0)
            col_layout.setSpacing(0)
            col_layout.addWidget(header)
            col_layout.addWidget(view, 1)
            if i > 0:
                connector = ConnectorWidget(lists[-1], view)
                connector.set_palette(self._palette)
                holder = QWidget()
                h_layout = QVBoxLayout(holder)
                h_layout.setContentsMargins(0, header.sizeHint().height(), 0, 0)
                h_layout.addWidget(connector)
                row.addWidget(holder)
                connectors.append(connector)
            row.addWidget(column, 1)
            lists.append(view)
            headers.append(header)
            yield True
        self._source_ids, self.lists, self.headers, self.connectors = source_ids, lists, headers, connectors
        self._scroll.setWidget(container)
        for view in lists:  # the filter or font may have changed while the columns were being built
            view.setFont(self.font())
            view.set_visible(self._visible)
        self._update_links()

    def _update_titles(self) -> None:
        """A rename changes titles, not columns."""
        comparison = self._p.store.comparison()
        if comparison is None:
            return
        for sid, header in zip(self._source_ids, self.headers, strict=True):
            src = comparison.source(sid)
            if header.title.full_text() != (src.title or src.id):
                header.title.set_full_text(src.title or src.id)

    def _update_links(self) -> None:
        layout = self._p.layout()
        for i, connector in enumerate(self.connectors):
            left, right = self._source_ids[i], self._source_ids[i + 1]
            pairs = []
            for a in layout.by_source.get(left, []):
                for b, relation, *_ in layout.linked.get(a, []):
                    if layout.sentences[b].source == right:
                        pairs.append((a, b, relation))
            connector.set_links(pairs)

    # -- state ------------------------------------------------------------------
    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        for c in self.connectors:
            c.set_palette(palette)

    def set_filter(self, visible: frozenset[str]) -> None:
        self._visible = visible
        for view in self.lists:
            view.set_visible(visible)
        for c in self.connectors:
            c.update()

    def set_sync(self, on: bool) -> None:
        self._sync = on

    def set_column_font(self, font: QFont) -> None:
        """Zoom: every column relays out at the new size."""
        self.setFont(font)
        for view in self.lists:
            view.setFont(font)

    def relayout(self) -> None:
        """The palette changed: repaint."""
        for view in self.lists:
            view.viewport().update()
        for c in self.connectors:
            c.update()

    def column_of(self, sentence_id: str) -> int:
        s = self._p.layout().sentences.get(sentence_id)
        return self._source_ids.index(s.source) if s is not None and s.source in self._source_ids else -1

    # -- positions ----------------------------------------------------------------
    def sentence_y(self, sentence_id: str) -> int | None:
        """Top of a sentence in its column's viewport, or None if hidden."""
        col = self.column_of(sentence_id)
        rect = self.lists[col].sentence_rect(sentence_id) if col >= 0 and col < len(self.lists) else None
        return rect.top() if rect is not None else None

    def top_sentence(self) -> str | None:
        """The sentence at the top of the first column: the position when nothing is selected."""
        for view in self.lists:
            sid = view.sentence_at_y(0)
            if sid is not None:
                return sid
        return None

    def reveal(self, sentence_id: str, y: int | None = None) -> None:
        """Put the sentence at `y` (default: a third down) in its column and its partners level with it."""
        col = self.column_of(sentence_id)
        if col < 0 or col >= len(self.lists) or self.lists[col].sentence_rect(sentence_id) is None:
            return
        view = self.lists[col]
        self._syncing = True
        try:
            view.place(sentence_id, view.viewport().height() // 3 if y is None else y)
            self._align_others(col, sentence_id)
        finally:
            self._syncing = False
        self.scrolled.emit()

    def place(self, sentence_id: str, y: int) -> None:
        """Scroll only this sentence's column so it stands at `y`."""
        col = self.column_of(sentence_id)
        if 0 <= col < len(self.lists):
            self._syncing = True
            try:
                self.lists[col].place(sentence_id, y)
            finally:
                self._syncing = False

    def _align_others(self, col: int, anchor: str) -> None:
        anchor_y = self.sentence_y(anchor)
        if anchor_y is None:
            return
        for j, other in enumerate(self.lists):
            if j != col:
                target = self.partner_in(anchor, self._source_ids[j])
                if target is not None:
                    other.place(target, anchor_y)

    def partner_in(self, sentence_id: str, source_id: str) -> str | None:
        """The sentence of `source_id` to keep level with this one: a linked one, else the nearest row's."""
        layout = self._p.layout()
        view = self.lists[self._source_ids.index(source_id)]
        linked = sorted(
            (b for b, *_ in layout.linked.get(sentence_id, []) if layout.sentences[b].source == source_id),
            key=lambda b: layout.sentences[b].index,
        )
        for b in linked:
            if view.sentence_rect(b) is not None:
                return b
        row = layout.row_of.get(sentence_id, -1)
        col = self._source_ids.index(source_id)
        for r in [*range(row, -1, -1), *range(row + 1, len(layout.rows))]:
            for b in layout.rows[r].cells[col]:
                if view.sentence_rect(b) is not None:
                    return b
        return None

    def _column_scrolled(self, col: int) -> None:
        if self._sync and not self._syncing:
            view = self.lists[col]
            anchor = view.sentence_at_y(view.viewport().height() // 3)
            if anchor is not None:
                self._syncing = True
                try:
                    self._align_others(col, anchor)
                finally:
                    self._syncing = False
        self.scrolled.emit()
