"""The open comparison's state behind the window: sources, edits, undo stack, runs, modified flag.

Non-visual, so the window only composes widgets and wires actions to these
methods. Changing the sources (add, remove, reorder) starts a worker run over
the new list; the run re-applies the manual edits, so a person's corrections
survive. Renaming needs no run.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from core import session as session_format
from core.document import Document
from core.edits import EditLog
from core.errors import DocumentFormatError
from core.model import Comparison
from core.session import Session
from gui.messages import Messages
from gui.store import ComparisonStore
from gui.workers import CompareFn, Outcome, Request, Runner


class Workspace(QObject):
    documentsChanged = Signal()
    modifiedChanged = Signal(bool)
    pathChanged = Signal(str)
    contentChanged = Signal()  # anything a save would write changed (autosave listens)
    saved = Signal(str)  # a save finished writing this path
    _saveDone = Signal(object)  # (path, mark, error or None), from the writer thread

    def __init__(self, messages: Messages, compare: CompareFn | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.messages = messages
        self.store = ComparisonStore(self)
        self.edits = EditLog()
        self.undo_stack = QUndoStack(self)
        self.runner = Runner(compare, parent=self)
        self.documents: list[Document] = []
        self.path: Path | None = None
        self._pending_specs: list[str] = []
        self._pending_texts: list[tuple[str, str]] = []
        self._dirty = False
        self._was_modified = False
        self._renamed: dict[tuple[str, str], str] = {}  # (origin, text) -> title, renamed while a run is out
        self._generation = 0  # counts changes outside the undo stack (sources), to tell a save is current
        self._submit: Callable[..., Future] | None = None  # the writer thread; None: save on this thread
        self._saveDone.connect(self._on_save_done)
        self.runner.finished.connect(self._on_finished)
        self.runner.errored.connect(self._on_errored)
        self.runner.cancelled.connect(self._on_cancelled)
        self.undo_stack.cleanChanged.connect(self._emit_modified)
        self.undo_stack.indexChanged.connect(self._on_undo_index)

    # -- state ----------------------------------------------------------------
    def is_modified(self) -> bool:
        return self._dirty or not self.undo_stack.isClean()

    def is_empty(self) -> bool:
        return not self.documents and not self._pending_specs and not self._pending_texts

    def comparison(self) -> Comparison | None:
        return self.store.comparison()

    def snapshot(self, view: dict | None = None) -> Session:
        return Session(list(self.documents), self.store.comparison(), EditLog(self.edits), dict(view or {}))

    def _on_undo_index(self, _index: int) -> None:
        self.contentChanged.emit()

    def _set_dirty(self, dirty: bool) -> None:
        if dirty:
            self._generation += 1
        self._dirty = dirty
        self._emit_modified()
        if dirty:
            self.contentChanged.emit()

    def _emit_modified(self, *_args: object) -> None:
        now = self.is_modified()
        if now != self._was_modified:
            self._was_modified = now
            self.modifiedChanged.emit(now)

    # -- sources --------------------------------------------------------------
    def add_sources(self, specs: list[str]) -> None:
        """Read files or URLs (in a worker) and add them to what is open."""
        if specs:
            self._pending_specs += specs
            self._run()

    def add_text(self, text: str, title: str = "") -> None:
        n = sum(1 for d in self.documents if d.origin == "pasted text") + len(self._pending_texts) + 1
        self._pending_texts.append((text, title or f"Pasted text {n}"))
        self._run()

    def remove_source(self, index: int) -> None:
        """Remove a source; the message offers Undo, since a pasted or fetched text may not be at hand again."""
        if 0 <= index < len(self.documents):
            doc = self.documents.pop(index)
            self._changed_sources()
            self.messages.info(f"Removed “{doc.title}”.", actions=(("Undo", lambda: self._restore(index, doc)),),
                               key="removed-source")

    def _restore(self, index: int, doc: Document) -> None:
        if any(d.origin == doc.origin and d.text == doc.text for d in self.documents):
            return
        self.documents.insert(min(index, len(self.documents)), doc)
        self._changed_sources()

    def move_source(self, index: int, to: int) -> None:
        if 0 <= index < len(self.documents) and 0 <= to < len(self.documents) and index != to:
            self.documents.insert(to, self.documents.pop(index))
            self._changed_sources()

    def rename_source(self, index: int, title: str) -> None:
        title = title.strip()
        if not (0 <= index < len(self.documents)) or not title or self.documents[index].title == title:
            return
        doc = self.documents[index]
        self.documents[index] = replace(doc, title=title)
        if self.runner.is_busy():  # the run works on the old title: keep the person's choice when it lands
            self._renamed[(doc.origin, doc.text)] = title
        c = self.store.comparison()
        if c is not None and index < len(c.sources):
            sources = list(c.sources)
            sources[index] = replace(sources[index], title=title)
            self.store.set_comparison(replace(c, sources=sources))
        self.documentsChanged.emit()
        self._set_dirty(True)

    def _changed_sources(self) -> None:
        # The undo history stays: commands find their sentences again by edit key after the run.
        self.documentsChanged.emit()
        self._set_dirty(True)
        self._run()

    def _run(self) -> None:
        request = Request(list(self.documents), list(self._pending_specs), list(self._pending_texts), list(self.edits))
        self.runner.start(request)

    def cancel(self) -> None:
        self.runner.cancel()

    # -- results ----------------------------------------------------------------
    def _on_finished(self, outcome: Outcome) -> None:
        added = len(outcome.documents) != len(self.documents)
        self._pending_specs.clear()
        self._pending_texts.clear()
        for origin, reason in outcome.failures:
            self.messages.error(f"Could not add {origin}: {reason}")
        self.documents, comparison = self._keep_renames(list(outcome.documents), outcome.comparison)
        self.store.set_comparison(comparison)
        self.documentsChanged.emit()
        if added:
            self._set_dirty(True)
        if len(self.documents) == 1:
            self.messages.info("Add another article to compare it with this one.", key="one-source")
        else:
            self.messages.withdraw("one-source")

    def _keep_renames(
        self, documents: list[Document], comparison: Comparison | None
    ) -> tuple[list[Document], Comparison | None]:
        """Titles the person changed while the run was out win over the titles the run started with."""
        renamed, self._renamed = self._renamed, {}
        if not renamed:
            return documents, comparison
        sources = list(comparison.sources) if comparison is not None else []
        for n, doc in enumerate(documents):
            title = renamed.get((doc.origin, doc.text))
            if title is not None:
                documents[n] = replace(doc, title=title)
                if n < len(sources):
                    sources[n] = replace(sources[n], title=title)
        return documents, replace(comparison, sources=sources) if comparison is not None else None

    def _on_errored(self, message: str, details: str) -> None:
        self._renamed.clear()
        self._pending_specs.clear()
        self._pending_texts.clear()
        self.messages.error(message, details=details)

    def _on_cancelled(self) -> None:
        self._renamed.clear()
        dropped = len(self._pending_specs) + len(self._pending_texts)
        self._pending_specs.clear()
        self._pending_texts.clear()
        note = f"; {dropped} new source(s) not added" if dropped else ""
        self.messages.info(f"Comparison cancelled{note}.", key="cancelled")

    # -- sessions ---------------------------------------------------------------
    def new(self) -> None:
        self.runner.abandon()
        self._renamed.clear()
        self.messages.withdraw("removed-source")  # its Undo belongs to the comparison being closed
        self.documents = []
        self._pending_specs.clear()
        self._pending_texts.clear()
        self.edits = EditLog()
        self.undo_stack.clear()
        self.store.set_comparison(None)
        self._set_path(None)
        self.documentsChanged.emit()
        self._set_dirty(False)
        self.undo_stack.setClean()

    def load(self, session: Session, path: Path | None) -> None:
        """Show a session as saved (no recomputation needed: the comparison is in the file)."""
        self.runner.abandon()
        self._renamed.clear()
        self.messages.withdraw("removed-source")
        self.documents = list(session.documents)
        self._pending_specs.clear()
        self._pending_texts.clear()
        self.edits = EditLog(session.edits)
        self.undo_stack.clear()
        comparison = session.comparison
        if comparison is None and session.documents:
            self._run()
        self.store.set_comparison(comparison)
        self._set_path(path)
        self.documentsChanged.emit()
        self._set_dirty(path is None)  # a recovered autosave is unsaved work
        self.undo_stack.setClean()

    def open_file(self, path: Path) -> Session | None:
        """Read a session file; on failure tell the user and keep what is open."""
        try:
            session = session_format.load(path)
        except (DocumentFormatError, OSError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            reason = reason.rstrip().rstrip(".")  # some reasons end in a sentence of their own
            self.messages.error(f"Could not open {path.name}: {reason}. What was open stays open.")
            return None
        self.load(session, path)
        return session

    def set_writer(self, submit: Callable[..., Future]) -> None:
        """Serialise and write sessions on this executor's thread (the autosaver's), not the UI thread."""
        self._submit = submit

    def save_to(self, path: Path, view: dict | None = None, *, wait: bool = False) -> bool:
        """Atomic save of a snapshot; the JSON is built and written on the writer thread.

        Returns False when the save failed (known at once only with `wait` or without a writer),
        else True; `saved` follows when the file is written. On failure the message bar says
        so and everything stays as it was (still marked unsaved).
        """
        session = self.snapshot(view)  # immutable data: safe to hand to another thread
        mark = (self.undo_stack.index(), self._generation)
        if self._submit is None:
            return self._on_save_done((path, mark, _write_session(path, session)))
        future = self._submit(_write_session, path, session)
        if wait:
            return self._on_save_done((path, mark, future.result()))
        future.add_done_callback(lambda f: self._saveDone.emit((path, mark, _error_of(f))))
        return True

    def _on_save_done(self, result: tuple[Path, tuple[int, int], str | None]) -> bool:
        path, mark, error = result
        if error is not None:
            self.messages.error(f"Could not save {path.name} in {path.parent}: {error}. Nothing was lost.")
            return False
        self._set_path(path)
        if mark == (self.undo_stack.index(), self._generation):  # nothing changed while it was written
            self.undo_stack.setClean()
            self._set_dirty(False)
        self.saved.emit(str(path))
        return True

    def _set_path(self, path: Path | None) -> None:
        self.path = path
        self.pathChanged.emit(str(path) if path else "")


def _write_session(path: Path, session: Session) -> str | None:
    """Runs on the writer thread: the reason a save failed, or None."""
    try:
        session_format.save(path, session)
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


def _error_of(future: Future) -> str | None:
    exc = future.exception()
    if exc is not None:  # not an OSError (those come back as text): a bug, but say so rather than hang
        return f"{type(exc).__name__}: {exc}"
    return future.result()
