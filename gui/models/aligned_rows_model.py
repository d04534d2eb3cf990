"""Table model of the aligned view: one row per group of linked sentences, one column per source."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from gui.models.presentation import Presentation
from gui.models.roles import Roles, SentenceItem
from gui.palette import palette_for

_Index = QModelIndex | QPersistentModelIndex
_GLYPHS = {name: palette_for(False).role(name).glyph for name in ("shared", "differing", "unique", "ignored")}


class AlignedRowsModel(QAbstractTableModel):
    """Rows come from Layout.rows; an empty cell is a gap: what that source lacks."""

    def __init__(self, presentation: Presentation, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._p = presentation
        self._rows = presentation.layout().rows
        self._sources = presentation.layout().sources
        presentation.changed.connect(self._refresh)

    def _refresh(self) -> None:
        """Same rows (a shared/differing toggle): repaint the rows that changed; else reset."""
        layout = self._p.layout()
        old, self._rows = self._rows, layout.rows
        same_sources, self._sources = self._sources is layout.sources, layout.sources
        if same_sources and len(old) == len(layout.rows) and all(
            a.cells is b.cells for a, b in zip(old, layout.rows, strict=True)
        ):
            last = len(layout.sources) - 1
            for n, (a, b) in enumerate(zip(old, layout.rows, strict=True)):
                if a is not b:
                    self.dataChanged.emit(self.index(n, 0), self.index(n, last))
            return
        self.beginResetModel()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._p.layout().rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._p.layout().sources)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        layout = self._p.layout()
        row = layout.rows[index.row()]
        ids = row.cells[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(layout.sentences[i].text for i in ids)
        if role == Roles.Items:
            return tuple(self._p.item(i) for i in ids)
        if role == Roles.SentenceIds:
            return ids
        if role == Roles.Status:
            return row.status
        if role == Roles.Glyphs:
            return " ".join(_GLYPHS[layout.sentences[i].status] for i in ids)
        if role == Roles.SourceId:
            return layout.sources[index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        layout = self._p.layout()
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(layout.sources):
            src = self._p.store.comparison().source(layout.sources[section])  # type: ignore[union-attr]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{src.title or src.id}\n{src.origin}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{src.title}\n{src.origin}"
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def row_items(self, row: int) -> list[tuple[SentenceItem, ...]]:
        """Every cell of a row at once (for row heights without a Qt call per cell)."""
        return [tuple(self._p.item(i) for i in cell) for cell in self._p.layout().rows[row].cells]

    def row_of(self, sentence_id: str) -> int:
        """The aligned row holding a sentence, or -1."""
        return self._p.layout().row_of.get(sentence_id, -1)
