"""The window's centre: the comparison in aligned rows or in reading order, with an overview strip.

It owns view state only (selection, view mode, filters, zoom, palette); every
derived structure comes from gui.models, and edits go through the store via the
shell's undo commands.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Signal
from PySide6.QtGui import QAction, QColor, QFont, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QMenu, QStackedWidget, QVBoxLayout, QWidget

from gui.models.aligned_rows_model import AlignedRowsModel
from gui.models.navigation import (
    difference_sentence,
    find_sentence,
    position,
    sentence_visible,
    step_difference,
)
from gui.models.presentation import Presentation
from gui.models.status_filter import ALL_STATUSES, StatusFilterProxy
from gui.palette import Palette, palette_for
from gui.store import ComparisonStore
from gui.views.aligned_table import AlignedTable
from gui.views.legend import LegendBar
from gui.views.overview_strip import OverviewStrip
from gui.views.reading_view import ReadingView
from gui.views.sentence_delegate import SentenceDelegate

MODES = ("aligned", "reading")


class ComparisonWidget(QWidget):
    """Shows the store's comparison; see /tmp/gui_interface.md for the contract with the shell."""

    selectionChanged = Signal()
    positionChanged = Signal(int, int)

    def __init__(self, store: ComparisonStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.presentation = Presentation(store, self)
        self._selected: list[str] = []
        self._mode = "aligned"
        self._visible: frozenset[str] = ALL_STATUSES
        self._sync = True
        self._zoom = 0
        self._base_point_size = self.font().pointSizeF()
        self._palette: Palette = palette_for(False)
        self._context_actions: list[QAction] = []
        self._position = (0, 0)

        self.delegate = SentenceDelegate(self._selected, None)
        self.delegate.setParent(self)
        self.rows_model = AlignedRowsModel(self.presentation, self)
        self.rows_proxy = StatusFilterProxy(self)
        self.rows_proxy.setSourceModel(self.rows_model)
        self.aligned = AlignedTable(self.rows_proxy, self.delegate, self.presentation)
        self.reading = ReadingView(self.presentation, self.delegate)
        self.overview = OverviewStrip()
        self.legend = LegendBar()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.aligned)
        self.stack.addWidget(self.reading)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(2)
        body.addWidget(self.stack, 1)
        body.addWidget(self.overview)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.legend)
        outer.addLayout(body, 1)

        for view in (self.aligned, self.reading):
            view.sentenceClicked.connect(lambda sid, extend: self.select_sentence(sid, extend=extend))
            view.sentenceMenu.connect(self._show_menu)
        self.aligned.verticalScrollBar().valueChanged.connect(self._update_overview_viewport)
        self.reading.scrolled.connect(self._update_overview_viewport)
        self.overview.rowClicked.connect(self._jump_to_row)
        self.presentation.changed.connect(self._on_changed)
        self.presentation.reset.connect(self._on_reset)
        self._apply_palette()
        self._on_changed()

    # -- selection ------------------------------------------------------------
    def selected_sentences(self) -> list[str]:
        return list(self._selected)

    def select_sentence(self, sentence_id: str, *, extend: bool = False) -> None:
        """Select one sentence (or add it to the selection, keeping the order of clicks)."""
        if sentence_id not in self.presentation.layout().sentences:
            return
        if not extend:
            self._selected.clear()
        elif sentence_id in self._selected:
            self._selected.remove(sentence_id)
        self._selected.append(sentence_id)
        self._repaint()
        self.selectionChanged.emit()
        self._update_position()

    def clear_selection(self) -> None:
        if self._selected:
            self._selected.clear()
            self._repaint()
            self.selectionChanged.emit()
            self._update_position()

    def reveal_sentence(self, sentence_id: str) -> None:
        """Scroll so the sentence shows; in reading order every column scrolls to its partner."""
        layout = self.presentation.layout()
        if sentence_id not in layout.sentences:
            return
        if self._mode == "aligned":
            index = self._table_index(sentence_id)
            if index.isValid():
                self.aligned.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        else:
            self.reading.reveal(sentence_id)
        self._update_overview_viewport()

    def reveal_fact(self, fact_id: str) -> None:
        """Select and reveal every sentence that mentions a fact (what the facts panel asks for)."""
        ids = [i for i in self.presentation.layout().fact_sentences.get(fact_id, ()) if self._is_visible(i)]
        if not ids:
            return
        self._selected.clear()
        self._selected.extend(ids)
        self.reveal_sentence(ids[0])
        if self._mode == "reading":
            y = self.reading.sentence_y(ids[0])
            for other in ids[1:]:
                col = self.reading.column_of(other)
                if y is not None and col != self.reading.column_of(ids[0]):
                    self.reading.place(other, y)
        self._repaint()
        self.selectionChanged.emit()
        self._update_position()

    # -- view mode --------------------------------------------------------------
    def view_mode(self) -> str:
        return self._mode

    def set_view_mode(self, mode: str) -> None:
        """Switch between aligned rows and reading order, keeping the current sentence where it was."""
        if mode not in MODES:
            raise ValueError(f"unknown view mode {mode!r}")
        if mode == self._mode:
            return
        anchor = self._selected[-1] if self._selected else self._top_sentence()
        y = self._sentence_y(anchor) if anchor else None
        self._mode = mode
        self.reading.set_active(mode == "reading")
        self.stack.setCurrentWidget(self.aligned if mode == "aligned" else self.reading)
        if anchor is not None:
            self._place(anchor, y)
        self._update_overview_viewport()

    def _top_sentence(self) -> str | None:
        if self._mode == "reading":
            return self.reading.top_sentence()
        index = self.aligned.indexAt(QPoint(4, 4))
        if not index.isValid():
            return None
        row = self.rows_proxy.mapToSource(index).row()
        cells = self.presentation.layout().rows[row].cells
        return next((ids[0] for ids in cells if ids), None)

    def _sentence_y(self, sentence_id: str) -> int | None:
        if self._mode == "reading":
            return self.reading.sentence_y(sentence_id)
        index = self._table_index(sentence_id)
        return self.aligned.visualRect(index).top() if index.isValid() else None

    def _place(self, sentence_id: str, y: int | None) -> None:
        if y is None or not 0 <= y < max(1, self.stack.height()):
            self.reveal_sentence(sentence_id)
        elif self._mode == "reading":
            self.reading.reveal(sentence_id, y)
        else:
            index = self._table_index(sentence_id)
            if index.isValid():
                self.aligned.scrollTo(index)
                bar = self.aligned.verticalScrollBar()
                bar.setValue(bar.value() + self.aligned.visualRect(index).top() - y)

    def _table_index(self, sentence_id: str) -> Any:
        layout = self.presentation.layout()
        row = layout.row_of.get(sentence_id, -1)
        if row < 0:
            return self.rows_proxy.index(-1, -1)
        col = layout.sources.index(layout.sentences[sentence_id].source)
        return self.rows_proxy.mapFromSource(self.rows_model.index(row, col))

    # -- differences ------------------------------------------------------------
    def difference_position(self) -> tuple[int, int]:
        return self._position

    def _current_row(self) -> int:
        layout = self.presentation.layout()
        if self._selected:
            return layout.row_of.get(self._selected[-1], -1)
        top = self._top_sentence()
        return layout.row_of.get(top, -1) - 1 if top else -1

    def next_difference(self) -> None:
        self._go_to_row(step_difference(self.presentation.layout(), self._visible, self._current_row(), True))

    def previous_difference(self) -> None:
        self._go_to_row(step_difference(self.presentation.layout(), self._visible, self._current_row(), False))

    def _go_to_row(self, row: int | None) -> None:
        if row is not None:
            sid = difference_sentence(self.presentation.layout(), row)
            self.select_sentence(sid)
            self.reveal_sentence(sid)

    def _update_position(self) -> None:
        current = self._selected[-1] if self._selected else None
        self._position = position(self.presentation.layout(), self._visible, current)
        self.legend.set_position(*self._position)
        self.positionChanged.emit(*self._position)

    # -- filters, find -------------------------------------------------------------
    def set_filter(self, *, shared: bool, differing: bool, unique: bool) -> None:
        """Which statuses show (rows in aligned view, sentences in reading order)."""
        flags = {"shared": shared, "differing": differing, "unique": unique, "ignored": shared}
        self._visible = frozenset(name for name, on in flags.items() if on)
        self.rows_proxy.set_visible(self._visible)
        self.reading.set_filter(self._visible)
        self.aligned.fit()
        self._refresh_overview()
        self._update_position()

    def filter_state(self) -> dict[str, bool]:
        return {name: name in self._visible for name in ("shared", "differing", "unique")}

    def _is_visible(self, sentence_id: str) -> bool:
        return sentence_visible(self.presentation.layout(), sentence_id, self._visible, self._mode == "aligned")

    def find(self, text: str, *, backwards: bool = False) -> bool:
        """Find the next sentence containing `text` (any source, case-insensitive); select and reveal it."""
        after = self._selected[-1] if self._selected else None
        sid = find_sentence(self.presentation.layout(), text, after, backwards, self._is_visible)
        if sid is None:
            return False
        self.select_sentence(sid)
        self.reveal_sentence(sid)
        return True

    # -- scrolling, zoom, theme ------------------------------------------------------
    def set_sync_scroll(self, on: bool) -> None:
        """Reading order: keep columns level while scrolling (aligned rows always scroll together)."""
        self._sync = on
        self.reading.set_sync(on)

    def sync_scroll(self) -> bool:
        return self._sync

    def zoom_in(self) -> None:
        self._set_zoom(self._zoom + 1)

    def zoom_out(self) -> None:
        self._set_zoom(self._zoom - 1)

    def reset_zoom(self) -> None:
        self._set_zoom(0)

    def zoom(self) -> int:
        return self._zoom

    def _set_zoom(self, steps: int) -> None:
        base = self._base_point_size if self._base_point_size > 0 else 10.0
        steps = max(int(6 - base), min(30, steps))
        self._zoom = steps
        font = QFont(self.font())
        font.setPointSizeF(base + steps)
        self.aligned.setFont(font)
        self.reading.set_column_font(font)
        self.aligned.fit()

    def set_dark(self, dark: bool) -> None:
        self._palette = palette_for(dark)
        self._apply_palette()

    def palette_roles(self) -> Palette:
        return self._palette

    def _apply_palette(self) -> None:
        pal = self._palette
        self.delegate.set_palette(pal)
        self.reading.set_palette(pal)
        self.overview.set_palette(pal)
        self.legend.set_palette(pal)
        for view in (self.aligned, *self.reading.lists):
            qp = view.palette()
            qp.setColor(QPalette.ColorRole.Base, pal.base)
            qp.setColor(QPalette.ColorRole.Text, QColor(pal.header_text))
            view.setPalette(qp)
        self._repaint()

    # -- context menu, state ----------------------------------------------------------
    def set_context_actions(self, actions: list[QAction]) -> None:
        self._context_actions = list(actions)

    def context_menu(self, sentence_id: str) -> QMenu | None:
        """The sentence's context menu: right-clicking adds the sentence to the selection (for linking)."""
        if sentence_id not in self._selected:
            self.select_sentence(sentence_id, extend=bool(self._selected))
        if not self._context_actions:
            return None
        menu = QMenu(self)
        menu.addActions(self._context_actions)
        return menu

    def _show_menu(self, sentence_id: str, global_pos: QPoint) -> None:
        menu = self.context_menu(sentence_id)
        if menu is not None:
            menu.aboutToHide.connect(menu.deleteLater)
            menu.popup(global_pos)

    def save_state(self) -> dict:
        return {"view_mode": self._mode, "zoom": self._zoom, "sync": self._sync, "filter": self.filter_state()}

    def restore_state(self, state: dict) -> None:
        """Apply what save_state returned; unknown or damaged values are ignored."""
        if not isinstance(state, dict):
            return
        flt = state.get("filter")
        if isinstance(flt, dict):
            self.set_filter(**{k: bool(flt.get(k, True)) for k in ("shared", "differing", "unique")})
        if isinstance(state.get("zoom"), int):
            self._set_zoom(state["zoom"])
        if isinstance(state.get("sync"), bool):
            self.set_sync_scroll(state["sync"])
        if state.get("view_mode") in MODES:
            self.set_view_mode(state["view_mode"])

    # -- reactions -------------------------------------------------------------------
    def _on_reset(self) -> None:
        self._selected.clear()
        self.aligned.scrollToTop()
        for column in self.reading.lists:
            column.verticalScrollBar().setValue(0)
        self.selectionChanged.emit()

    def _on_changed(self) -> None:
        known = self.presentation.layout().sentences
        dropped = [s for s in self._selected if s not in known]
        for s in dropped:
            self._selected.remove(s)
        self._apply_palette()
        self._refresh_overview()
        self._update_position()
        if dropped:
            self.selectionChanged.emit()

    def _refresh_overview(self) -> None:
        rows = self.presentation.layout().rows
        self.overview.set_statuses([r.status for r in rows if self.rows_proxy.accepts_status(r.status)])
        self._update_overview_viewport()

    def _update_overview_viewport(self) -> None:
        if self._mode == "aligned":
            first = self.aligned.rowAt(0)
            last = self.aligned.rowAt(self.aligned.viewport().height() - 1)
            last = self.rows_proxy.rowCount() - 1 if last < 0 else last
        else:
            first, last = self._reading_rows()
        self.overview.set_visible_rows(max(0, first), last)

    def _reading_rows(self) -> tuple[int, int]:
        if not self.reading.lists:
            return 0, -1
        view = self.reading.lists[0]
        ids = [view.sentence_at_y(y) for y in (0, view.viewport().height() - 1)]
        rows = [self._proxy_row(i) for i in ids if i is not None]
        return (rows[0], rows[-1]) if rows else (0, -1)

    def _proxy_row(self, sentence_id: str) -> int:
        row = self.presentation.layout().row_of.get(sentence_id, -1)
        return self.rows_proxy.mapFromSource(self.rows_model.index(row, 0)).row() if row >= 0 else -1

    def _jump_to_row(self, proxy_row: int) -> None:
        src_row = self.rows_proxy.mapToSource(self.rows_proxy.index(proxy_row, 0)).row()
        cells = self.presentation.layout().rows[src_row].cells
        first = next((ids[0] for ids in cells if ids), None)
        if first is not None:
            self.reveal_sentence(first)

    def _repaint(self) -> None:
        self.aligned.viewport().update()
        for view in self.reading.lists:
            view.viewport().update()
