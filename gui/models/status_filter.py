"""Proxy that hides rows by status: 'only differing', 'only unique', 'hide shared'."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from gui.models.roles import Roles

ALL_STATUSES = frozenset({"shared", "differing", "unique", "ignored"})


def status_visible(status: str, visible: frozenset[str]) -> bool:
    """Whether a status shows under a filter; ignored sentences go with shared ones."""
    return visible == ALL_STATUSES or ("shared" if status == "ignored" else status) in visible


class StatusFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose Roles.Status is visible; ignored rows follow the 'shared' switch."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._visible: frozenset[str] = ALL_STATUSES

    def set_visible(self, statuses: frozenset[str]) -> None:
        if statuses != self._visible:
            if hasattr(self, "beginFilterChange"):  # Qt >= 6.9
                self.beginFilterChange()
                self._visible = statuses
                self.endFilterChange()
            else:
                self._visible = statuses
                self.invalidateRowsFilter()

    def visible(self) -> frozenset[str]:
        return self._visible

    def accepts_status(self, status: str) -> bool:
        return status_visible(status, self._visible)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self._visible == ALL_STATUSES:
            return True
        model = self.sourceModel()
        return status_visible(model.data(model.index(source_row, 0, source_parent), Roles.Status), self._visible)
