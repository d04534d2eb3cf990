"""List model of one source's sentences in reading order (one per column of the reading view)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from gui.models.presentation import Presentation
from gui.models.roles import Roles

_Index = QModelIndex | QPersistentModelIndex


class SourceSentencesModel(QAbstractListModel):
    """One row per sentence of `source_id`, as the article was written."""

    def __init__(self, presentation: Presentation, source_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._p = presentation
        self.source_id = source_id
        self._ids = self._current_ids()
        presentation.changed.connect(self._refresh)

    def _current_ids(self) -> list[str]:
        return list(self._p.layout().by_source.get(self.source_id, []))

    def _refresh(self) -> None:
        self.beginResetModel()
        self._ids = self._current_ids()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        sid = self._ids[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._p.layout().sentences[sid].text
        if role == Roles.Items:
            return (self._p.item(sid),)
        if role == Roles.SentenceIds:
            return (sid,)
        if role == Roles.Status:
            return self._p.layout().sentences[sid].status
        if role == Roles.SourceId:
            return self.source_id
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sentence_ids(self) -> list[str]:
        return list(self._ids)

    def row_of(self, sentence_id: str) -> int:
        try:
            return self._ids.index(sentence_id)
        except ValueError:
            return -1
