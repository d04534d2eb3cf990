"""The list of sources: add, remove, reorder (drag or buttons) and rename (double-click or F2)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.document import Document


class SourcesPanel(QWidget):
    removeRequested = Signal(int)
    moveRequested = Signal(int, int)
    renameRequested = Signal(int, str)
    addRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list.itemChanged.connect(self._on_item_changed)
        self.list.model().rowsMoved.connect(self._on_rows_moved)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.buttons: dict[str, QToolButton] = {}
        for key, text, tip, slot in (
            ("add", "+", "Add sources", self.addRequested.emit),
            ("remove", "−", "Remove the selected source (Delete)", self._remove),
            ("up", "▲", "Move the selected source left", lambda: self._move(-1)),
            ("down", "▼", "Move the selected source right", lambda: self._move(1)),
        ):
            b = QToolButton()
            b.setText(text)
            b.setToolTip(tip)
            b.clicked.connect(slot)
            row.addWidget(b)
            self.buttons[key] = b
        row.addStretch(1)
        layout.addLayout(row)
        self._filling = False

    def set_documents(self, documents: list[Document]) -> None:
        self._filling = True
        current = self.list.currentRow()
        self.list.clear()
        for n, doc in enumerate(documents, start=1):
            item = QListWidgetItem(doc.title)
            item.setData(Qt.ItemDataRole.UserRole, doc.title)  # to put back when a rename is left blank
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(f"Source {n}: {doc.origin}")
            self.list.addItem(item)
        if documents:
            self.list.setCurrentRow(min(max(current, 0), len(documents) - 1))
        self._filling = False

    def titles(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._remove()
            return
        super().keyPressEvent(event)

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.removeRequested.emit(row)

    def _move(self, delta: int) -> None:
        row = self.list.currentRow()
        to = row + delta
        if row >= 0 and 0 <= to < self.list.count():
            self.moveRequested.emit(row, to)
            self.list.setCurrentRow(to)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        if not item.text().strip():  # a source needs a name: a blank rename puts the old one back
            self._filling = True
            item.setText(item.data(Qt.ItemDataRole.UserRole) or "")
            self._filling = False
            return
        self.renameRequested.emit(self.list.row(item), item.text())

    def _on_rows_moved(self, _parent: QModelIndex, start: int, _end: int, _dest: QModelIndex, row: int) -> None:
        to = row - 1 if row > start else row
        if to != start:
            self.moveRequested.emit(start, to)
