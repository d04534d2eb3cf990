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
        self._last_pair: frozenset[str] | None = None

    def comparison(self) -> Comparison | None:
        return self._comparison

    def last_edit(self) -> frozenset[str] | None:
        """The pair of sentences the latest `changed` was about (None: anything may have changed).

        Lets the presentation update only what one link, unlink or relation change touches.
        """
        return self._last_pair

    def set_comparison(self, comparison: Comparison | None) -> None:
        self._comparison = comparison
        self._last_pair = None
        self.reset.emit()
        self.changed.emit()

    # -- edits (called by undo commands) ------------------------------------
    def find_link(self, a: str, b: str) -> Link | None:
        if self._comparison is None:
            return None
        return next((k for k in self._comparison.links if _joins(k, a, b)), None)

    def add_link(self, link: Link) -> None:
        c = self._require()
        if any(_joins(k, link.a, link.b) for k in c.links):
            return
        self._replace_links([*c.links, link], link.a, link.b)

    def remove_link(self, a: str, b: str) -> Link | None:
        c = self._require()
        removed = next((k for k in c.links if _joins(k, a, b)), None)
        if removed is not None:
            self._replace_links([k for k in c.links if k is not removed], a, b)
        return removed

    def set_relation(self, a: str, b: str, relation: str) -> None:
        c = self._require()
        self._replace_links(
            [replace(k, relation=relation, manual=True) if _joins(k, a, b) else k for k in c.links],  # type: ignore[arg-type]
            a,
            b,
        )

    def replace_link(self, link: Link) -> None:
        """Put this link in place of the one joining the same pair (undo restores score and flags too)."""
        c = self._require()
        self._replace_links([link if _joins(k, link.a, link.b) else k for k in c.links], link.a, link.b)

    def _replace_links(self, links: list[Link], a: str, b: str) -> None:
        """Only the two sentences of the edited pair can change status: recompute just theirs."""
        c = self._require()
        touched = [k for k in links if k.a in (a, b) or k.b in (a, b)]
        sentences = list(c.sentences)
        for n, s in enumerate(sentences):
            if s.id == a or s.id == b:
                sentences[n] = recompute_statuses([s], touched)[0]
        self._comparison = replace(c, links=links, sentences=sentences)
        self._last_pair = frozenset((a, b))
        self.changed.emit()

    def _require(self) -> Comparison:
        if self._comparison is None:
            raise RuntimeError("no comparison is open")
        return self._comparison


def _joins(link: Link, a: str, b: str) -> bool:
    return (link.a == a and link.b == b) or (link.a == b and link.b == a)
