"""Table model of the facts: one row per fact, one column per source ("hurt: 700 | 590")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from core.model import Fact
from gui.models.layout import fact_label
from gui.models.presentation import Presentation
from gui.models.roles import Roles
from gui.palette import Palette, palette_for

_Index = QModelIndex | QPersistentModelIndex
_GLYPH = {"shared": "=", "differing": "≠", "unique": "+"}
SHORT_TITLE = 22  # characters a facts column header shows before eliding


def short_titles(titles: list[str], limit: int = SHORT_TITLE) -> list[str]:
    """Column headers that tell sources apart in a narrow column.

    Titles of one story often share their first words ("Week in the valley, report 1",
    "... report 2"): those words are dropped (with a leading "…") so the differing part
    shows, keeping a word of context; what is still too long is elided in the middle.
    """
    words = [t.split() for t in titles]
    common = 0
    if len(words) > 1:
        while all(len(w) > common + 1 for w in words) and len({w[common] for w in words}) == 1:
            common += 1
        while common and min(len(" ".join(w[common:])) for w in words) < 6:
            common -= 1  # "…report 2" reads better than "…2"
    out = []
    for t, w in zip(titles, words, strict=True):
        short = ("…" + " ".join(w[common:])) if common else t
        if len(short) > limit:
            half = (limit - 1) // 2
            short = short[: limit - 1 - half].rstrip() + "…" + short[-half:].lstrip()
        out.append(short)
    return out


class FactsModel(QAbstractTableModel):
    """Column 0 names the fact; column i+1 holds what source i says (its mentions' words)."""

    def __init__(self, presentation: Presentation, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._p = presentation
        self._differing_only = True
        self._palette: Palette = palette_for(False)
        self._facts: list[Fact] = self._current()
        self._headers: list[str] = []
        presentation.changed.connect(self._refresh)

    def _current(self) -> list[Fact]:
        comparison = self._p.store.comparison()
        if comparison is None:
            return []
        return [f for f in comparison.facts if f.status == "differing" or not self._differing_only]

    def _refresh(self) -> None:
        self.beginResetModel()
        self._facts = self._current()
        self._headers = []
        self.endResetModel()

    def short_header(self, section: int) -> str:
        """The column's short source title (computed once per change, for every column together)."""
        layout = self._p.layout()
        if len(self._headers) != len(layout.sources):
            self._headers = short_titles([layout.titles.get(s, s) for s in layout.sources])
        return self._headers[section - 1]

    def set_differing_only(self, on: bool) -> None:
        if on != self._differing_only:
            self._differing_only = on
            self._refresh()

    def set_palette(self, palette: Palette) -> None:
        """Tints follow the theme; the glyph in the first column carries the status without colour."""
        self._palette = palette
        if self._facts:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._facts) - 1, self.columnCount() - 1))

    def differing_only(self) -> bool:
        return self._differing_only

    def fact(self, row: int) -> Fact:
        return self._facts[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._facts)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self._p.layout().sources)

    def _values(self, fact: Fact, column: int) -> str:
        source = self._p.layout().sources[column - 1]
        return " / ".join(m.text for m in fact.mentions if m.source == source)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._facts):
            return None
        fact = self._facts[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return f"{_GLYPH.get(fact.status, '')} {fact_label(fact)}"
            return self._values(fact, col) or "—"
        if role == Qt.ItemDataRole.ToolTipRole:
            values = "\n".join(
                f"{self._p.layout().titles.get(m.source, m.source)}: {m.text}" for m in fact.mentions
            )
            return f"{fact_label(fact)} ({fact.status})\n{values}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(self._palette.role(fact.status).fill)
        if role == Qt.ItemDataRole.ForegroundRole:
            empty = col > 0 and not self._values(fact, col)
            return QBrush(self._palette.muted_text if empty else self._palette.role(fact.status).text)
        if role == Roles.FactId:
            return fact.id
        if role == Roles.Status:
            return fact.status
        if role == Roles.SourceId and col > 0:
            return self._p.layout().sources[col - 1]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Short source titles (see short_titles); the full title and origin in the tooltip."""
        if orientation != Qt.Orientation.Horizontal:
            return None
        sources = self._p.layout().sources
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return "Fact"
            return self.short_header(section) if 0 < section <= len(sources) else None
        if role == Qt.ItemDataRole.ToolTipRole and 0 < section <= len(sources):
            comparison = self._p.store.comparison()
            src = comparison.source(sources[section - 1]) if comparison is not None else None
            title = self._p.layout().titles.get(sources[section - 1], "")
            return f"{title}\n{src.origin}" if src is not None and src.origin else title
        return None

    def column_texts(self, column: int, limit: int = 200) -> list[str]:
        """What a column shows (header and up to `limit` rows), for sizing it to its content."""
        head = str(self.headerData(column, Qt.Orientation.Horizontal) or "")
        rows = self._facts[:limit]
        if column == 0:
            return [head, *(f"{_GLYPH.get(f.status, '')} {fact_label(f)}" for f in rows)]
        return [head, *((self._values(f, column) or "—") for f in rows)]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
