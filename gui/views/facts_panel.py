"""The facts table: what each source says about each checkable detail, differing ones first."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QHeaderView, QTableView, QVBoxLayout, QWidget

from gui.models.facts_model import FactsModel
from gui.models.presentation import Presentation
from gui.models.roles import Roles
from gui.palette import Palette, is_dark, palette_for
from gui.store import ComparisonStore

MIN_COLUMN = 70
MAX_COLUMN = 260


class FactsPanel(QWidget):
    """Selecting or activating a row emits `factActivated(fact_id)`; the window reveals its sentences."""

    factActivated = Signal(str)

    def __init__(self, store: ComparisonStore, parent: QWidget | None = None, *,
                 presentation: Presentation | None = None) -> None:
        super().__init__(parent)
        self.presentation = presentation or Presentation(store, self)
        self.model = FactsModel(self.presentation, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # One line a row, columns sized from the strings themselves: ResizeToContents/Stretch asked
        # every cell for its size hint on each relayout (15,000 data() calls when the result arrived).
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setStretchLastSection(True)
        columns.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self.fit_columns)
        self.model.modelReset.connect(self._fit_timer.start)
        self.show_all = QCheckBox("Show all facts (not only differing)")
        self.show_all.setObjectName("showAllFacts")
        self.show_all.toggled.connect(lambda on: self.model.set_differing_only(not on))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.show_all)
        layout.addWidget(self.table)
        self.table.activated.connect(self._emit)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._palette = palette_for(False)
        self.set_dark(is_dark(self.palette()))
        self.fit_columns()

    def set_differing_only(self, on: bool) -> None:
        self.show_all.setChecked(not on)

    def fit_columns(self) -> None:
        """Each column as wide as its header and values (within limits); long values elide, tooltips tell all."""
        rows = self.table.verticalHeader()
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        cell = self.table.fontMetrics()
        head = self.table.horizontalHeader().fontMetrics()
        for col in range(self.model.columnCount()):
            texts = self.model.column_texts(col)
            width = max([head.horizontalAdvance(texts[0]) + 24, *(cell.horizontalAdvance(t) + 16 for t in texts[1:])])
            self.table.setColumnWidth(col, max(MIN_COLUMN, min(MAX_COLUMN, width)))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_timer.start()
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            dark = is_dark(self.palette())
            if dark != self._palette.dark:
                self.set_dark(dark)

    def set_dark(self, dark: bool) -> None:
        self.set_palette(palette_for(dark))

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self.model.set_palette(palette)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if rows:
            self._emit(rows[0])

    def _emit(self, index: QModelIndex) -> None:
        fact_id = index.siblingAtColumn(0).data(Roles.FactId)
        if fact_id:
            self.factActivated.emit(fact_id)
