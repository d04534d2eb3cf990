"""Keeps one Layout (rows, link maps, conflict spans) in step with the store.

Every model and view reads the same Layout, so it is computed once per change
instead of once per widget.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from gui.models.layout import Layout, layout_for, prepared_layout, update_layout
from gui.models.roles import SentenceItem
from gui.store import ComparisonStore


class Presentation(QObject):
    """The store's comparison as views need it; `changed` follows the store's `changed`."""

    changed = Signal()
    reset = Signal()

    def __init__(self, store: ComparisonStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._comparison = store.comparison()
        self._layout = layout_for(self._comparison)
        self._items: dict[str, SentenceItem] = {}
        store.changed.connect(self._rebuild)
        store.reset.connect(self.reset)

    def layout(self) -> Layout:
        return self._layout

    def item(self, sentence_id: str) -> SentenceItem:
        """The paintable form of a sentence (cached until the comparison changes)."""
        item = self._items.get(sentence_id)
        if item is None:
            s = self._layout.sentences[sentence_id]
            item = SentenceItem(s.id, s.source, s.text, s.status, self._layout.spans.get(s.id, ()))
            self._items[sentence_id] = item
        return item

    def _rebuild(self) -> None:
        """A new comparison: its prepared layout (or a fresh one); an edit: only what the edit changed."""
        before, comparison = self._comparison, self.store.comparison()
        self._comparison = comparison
        layout = prepared_layout(comparison)  # built by the worker that computed it
        self._layout = layout or update_layout(self._layout, before, comparison, self.store.last_edit())
        self._items = {}
        self.changed.emit()
