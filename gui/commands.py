"""Undoable corrections: link, unlink and toggle shared/differing, through the store.

Each command changes the store (so statuses and the overview update at once)
and records the decision in the EditLog (so it survives recomputation);
undo restores both. The `*_command` helpers check the selection and return
None with a reason when the action does not apply.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from core.edits import EditLog, EditState, make_edit, resolve
from core.model import Comparison, Link
from gui.store import ComparisonStore


class PairCommand(QUndoCommand):
    """Set one pair of sentences to linked-shared, linked-differing or unlinked.

    The pair is held by its sentences' edit keys (core/edits.py), not only by ids: when the
    sources change and the comparison is recomputed, ids are renumbered, and redo/undo
    find the same two sentences again, so the undo history survives recomputation.
    """

    def __init__(
        self,
        store: ComparisonStore,
        edits: EditLog,
        a: str,
        b: str,
        state: EditState,
        text: str,
        parent: QUndoCommand | None = None,
    ) -> None:
        super().__init__(text, parent)
        comparison = store.comparison()
        assert comparison is not None
        self._store, self._edits, self._a, self._b, self._state = store, edits, a, b, state
        self._sources = comparison.sources  # ids hold while the comparison keeps these sources
        before = store.find_link(a, b)
        self._before = None if before is None else (before.relation, before.score, before.manual)
        self._edit = make_edit(comparison, a, b, state)
        self._previous_edit = edits.get(self._edit.pair())

    def _ids(self) -> tuple[str, str] | None:
        """The pair's ids in the store's comparison now (None when a source of the pair is gone)."""
        comparison = self._store.comparison()
        if comparison is None:
            return None
        if comparison.sources is not self._sources:
            a, b = resolve(comparison, self._edit.a), resolve(comparison, self._edit.b)
            if a is None or b is None or a == b:
                return None
            self._a, self._b, self._sources = a, b, comparison.sources
        return self._a, self._b

    def redo(self) -> None:
        ids = self._ids()
        if ids is not None:
            s, (a, b) = self._store, ids
            if self._state == "none":
                s.remove_link(a, b)
            elif s.find_link(a, b) is not None:
                s.set_relation(a, b, self._state)
            else:
                s.add_link(Link(a, b, self._state, 1.0, manual=True))
        self._edits.put(self._edit)

    def undo(self) -> None:
        ids = self._ids()
        if ids is not None:
            s, (a, b) = self._store, ids
            if self._before is None:
                s.remove_link(a, b)
            else:
                relation, score, manual = self._before
                before = Link(a, b, relation, score, manual)  # type: ignore[arg-type]
                s.replace_link(before) if s.find_link(a, b) is not None else s.add_link(before)
        self._edits.restore(self._edit.pair(), self._previous_edit)


def _macro(text: str, build: list[tuple[str, str, EditState]], store: ComparisonStore, edits: EditLog) -> QUndoCommand:
    if len(build) == 1:
        a, b, state = build[0]
        return PairCommand(store, edits, a, b, state, text)
    parent = QUndoCommand(text)
    for a, b, state in build:
        PairCommand(store, edits, a, b, state, text, parent)
    return parent


def _sources_of(comparison: Comparison, ids: list[str]) -> list[str]:
    index = comparison.sentence_index()
    return [index[i].source for i in ids if i in index]


def link_command(store: ComparisonStore, edits: EditLog, selected: list[str]) -> QUndoCommand | str:
    """Link the last two selected sentences; or a reason why not."""
    comparison = store.comparison()
    if comparison is None or len(selected) < 2:
        return "Select a sentence, then Ctrl+click a sentence of another source, to link them."
    a, b = selected[-2], selected[-1]
    index = comparison.sentence_index()
    if a not in index or b not in index:
        return "The selected sentences are no longer in the comparison."
    if index[a].source == index[b].source:
        return "Links join sentences of different sources; select one in another column."
    if "ignored" in (index[a].status, index[b].status):
        return "Headings, captions and boilerplate are not compared, so they cannot be linked."
    if store.find_link(a, b) is not None:
        return "These sentences are already linked."
    return PairCommand(store, edits, a, b, "shared", "Link sentences")


def _pairs(store: ComparisonStore, selected: list[str]) -> list[Link]:
    """The links the selection names: the pair of the last two, else every link of the last one."""
    if len(selected) >= 2:
        link = store.find_link(selected[-2], selected[-1])
        if link is not None:
            return [link]
    comparison = store.comparison()
    if comparison is None or not selected:
        return []
    return comparison.links_of(selected[-1])


def unlink_command(store: ComparisonStore, edits: EditLog, selected: list[str]) -> QUndoCommand | str:
    links = _pairs(store, selected)
    if not links:
        return "The selected sentence has no link to remove."
    return _macro("Unlink sentences", [(k.a, k.b, "none") for k in links], store, edits)


def toggle_relation_command(store: ComparisonStore, edits: EditLog, selected: list[str]) -> QUndoCommand | str:
    links = _pairs(store, selected)
    if not links:
        return "Select a linked sentence to mark its link as shared or differing."
    new: EditState = "shared" if any(k.relation == "differing" for k in links) else "differing"
    text = "Mark as differing" if new == "differing" else "Mark as shared"
    return _macro(text, [(k.a, k.b, new) for k in links], store, edits)
