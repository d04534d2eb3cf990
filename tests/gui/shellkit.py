"""Helpers for the window-shell tests: invented articles, a predictable compare, a window factory.

The compare function here is deliberately simple (identical sentences are
shared, near-identical ones with different numbers differ) so the shell's
tests do not depend on how the alignment engine evolves.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from pathlib import Path

from rapidfuzz import fuzz

from core.document import Document
from core.model import Comparison, Link
from core.pipeline import build_sentences
from core.progress import Job

HARBOUR = (
    "Fire at Lowmere harbour\n\n"
    "A fire broke out in a grain warehouse at Lowmere harbour late on Friday evening. "
    "Firefighters needed six hours to bring the blaze under control. "
    "About 40 people were evacuated from nearby boats. "
    "The harbour will stay closed until Monday."
)
GAZETTE = (
    "Harbour blaze\n\n"
    "A fire broke out in a grain warehouse at Lowmere harbour late on Friday evening. "
    "About 55 people were evacuated from nearby boats. "
    "A spokesperson for the port authority thanked volunteers who brought blankets. "
    "The harbour will stay closed until Monday."
)
COURIER = (
    "Lowmere fire\n\n"
    "Firefighters needed six hours to bring the blaze under control. "
    "Investigators have not yet named a cause. "
    "The harbour will stay closed until Monday."
)

NUMBER = re.compile(r"\d+")


def write_articles(directory: Path) -> list[Path]:
    paths = []
    for name, text in (("harbour.txt", HARBOUR), ("gazette.txt", GAZETTE), ("courier.txt", COURIER)):
        p = directory / name
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


def simple_compare(documents: Sequence[Document], *, progress=None, cancel=None) -> Comparison:
    """Link equal sentences as shared, similar ones with different numbers as differing."""
    job = Job(progress, cancel)
    job.step(0.0, "Splitting sentences")
    sources, sentences = build_sentences(documents)
    compared = [s for s in sentences if s.status != "ignored"]
    links = []
    for n, a in enumerate(compared):
        job.step(n / max(1, len(compared)), "Aligning")
        for b in compared[n + 1 :]:
            if a.source == b.source:
                continue
            if a.text == b.text:
                links.append(Link(a.id, b.id, "shared", 1.0))
            elif fuzz.ratio(NUMBER.sub("#", a.text), NUMBER.sub("#", b.text)) > 90:
                links.append(Link(a.id, b.id, "differing", 0.9))
    job.step(1.0, "Done")
    return Comparison(sources, sentences, links).with_statuses()


class GatedCompare:
    """A compare that waits at a gate: long runs for cancel tests, late results for stale tests."""

    def __init__(self, honour_cancel: bool = True) -> None:
        self.gate = threading.Event()
        self.entered = threading.Event()
        self.honour_cancel = honour_cancel
        self.calls = 0

    def __call__(self, documents: Sequence[Document], *, progress=None, cancel=None) -> Comparison:
        self.calls += 1
        self.entered.set()
        job = Job(progress, cancel if self.honour_cancel else None)
        while not self.gate.wait(0.01):
            job.step(0.5, "Waiting at the gate")
        return simple_compare(documents)


def status_of(comparison: Comparison, text_start: str) -> str:
    """The status of the first sentence that starts with these words (readable assertions)."""
    return next(s.status for s in comparison.sentences if s.text.startswith(text_start))


# -- driving the window like a person ------------------------------------------------------------


def window_factory(qtbot, tmp_path: Path, monkeypatch):
    """Windows with settings and autosaves in tmp_path; closing never blocks on the unsaved question."""
    from PySide6.QtWidgets import QMessageBox

    from gui.file_ops import FileOps
    from gui.main_window import MainWindow
    from gui.settings import Settings

    monkeypatch.setenv("PARALLAX_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(FileOps, "ask_unsaved", lambda self: QMessageBox.StandardButton.Discard)

    def make(compare=simple_compare, *, register: bool = True) -> MainWindow:
        window = MainWindow(Settings.at(tmp_path / "settings.ini"), compare=compare)
        if register:
            qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2_000)
        return window

    return make


def drop(window, mime) -> bool:
    """Drag `mime` over the window and drop it, as a file manager or browser would."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    centre = window.rect().center()
    target = window.childAt(centre) or window  # the widget under the pointer; Qt passes the drop up
    pos = target.mapFrom(window, centre)
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, event)
    return event.isAccepted()


def file_mime(*paths: Path):
    from PySide6.QtCore import QMimeData, QUrl

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def text_mime(text: str):
    from PySide6.QtCore import QMimeData

    mime = QMimeData()
    mime.setText(text)
    return mime


def wait_idle(qtbot, window, timeout: int = 15_000) -> None:
    """Wait until the window's worker has delivered (or dropped) its run."""
    qtbot.waitUntil(lambda: not window.workspace.runner.is_busy(), timeout=timeout)


def sentence_id(window, text_start: str, source_title: str | None = None) -> str:
    c = window.store.comparison()
    titles = {s.id: s.title for s in c.sources}
    return next(
        s.id for s in c.sentences
        if s.text.startswith(text_start) and (source_title is None or titles[s.source] == source_title)
    )
