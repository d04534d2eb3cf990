"""The one comparison the window shows, and the only place that changes it.

Views read it and redraw on `changed`; undo commands (gui/commands.py) call
its edit methods; the worker's result arrives through `set_comparison`.
Status bookkeeping is delegated to core, so the window never computes.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from core.model import Comparison, Link, recompute_statuses


class ComparisonStore(QObject):
    """Holds the current Comparison; emits `changed` after every change."""

    changed = Signal()
    # A new comparison replaced the old one (views reset scroll/selection).
    reset = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._comparison: Comparison | None = None

    def comparison(self) -> Comparison | None:
        return self._comparison

    def set_comparison(self, comparison: Comparison | None) -> None:
        self._comparison = comparison
        self.reset.emit()
        self.changed.emit()

    # -- edits (called by undo commands) ------------------------------------
    def find_link(self, a: str, b: str) -> Link | None:
        if self._comparison is None:
            return None
        key = frozenset((a, b))
        return next((k for k in self._comparison.links if k.key() == key), None)

    def add_link(self, link: Link) -> None:
        c = self._require()
        if any(k.key() == link.key() for k in c.links):
            return
        self._replace_links([*c.links, link])

    def remove_link(self, a: str, b: str) -> Link | None:
        c = self._require()
        key = frozenset((a, b))
        removed = next((k for k in c.links if k.key() == key), None)
        if removed is not None:
            self._replace_links([k for k in c.links if k.key() != key])
        return removed

    def set_relation(self, a: str, b: str, relation: str) -> None:
        c = self._require()
        key = frozenset((a, b))
        self._replace_links(
            [replace(k, relation=relation, manual=True) if k.key() == key else k for k in c.links]  # type: ignore[arg-type]
        )

    def _replace_links(self, links: list[Link]) -> None:
        c = self._require()
        self._comparison = replace(c, links=links, sentences=recompute_statuses(c.sentences, links))
        self.changed.emit()

    def _require(self) -> Comparison:
        if self._comparison is None:
            raise RuntimeError("no comparison is open")
        return self._comparison
