"""File menu behaviour: open, add, save, export, recent files, recovery and the unsaved-work question.

The few dialogs live in `choose_*`/`ask_*` methods that only ask the user; tests
replace them. Everything else reports through the message bar.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMenu, QMessageBox, QTextBrowser, QVBoxLayout

from core import session as session_format
from core.atomic import write_text_atomic
from core.errors import DocumentFormatError
from core.model import Comparison
from core.session import Session
from gui.messages import Messages
from gui.sessions import Autosaver, discard_files, leftover_autosaves, recovery_prompt_enabled
from gui.settings import Settings
from gui.workspace import Workspace

if TYPE_CHECKING:
    from gui.main_window import MainWindow

OPEN_FILTER = (
    "Articles and sessions (*.txt *.md *.markdown *.html *.htm *.pdf *.docx *.rtf *.parallax);;"
    "Parallax sessions (*.parallax);;All files (*)"
)
SESSION_FILTER = "Parallax sessions (*.parallax)"
Button = QMessageBox.StandardButton


class FileOps(QObject):
    def __init__(
        self, window: MainWindow, workspace: Workspace, messages: Messages, settings: Settings, recent: QMenu
    ) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.messages = messages
        self.settings = settings
        self.recent_menu = recent
        self._help: QDialog | None = None
        workspace.saved.connect(self._on_saved)

    # -- questions (replaced in tests) -------------------------------------------------
    def choose_open_paths(self, title: str) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(self.window, title, "", OPEN_FILTER)
        return paths

    def choose_save_path(self, title: str, suggestion: str, file_filter: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self.window, title, suggestion, file_filter)
        return path

    def ask_text(self, title: str, label: str) -> str:
        text, ok = QInputDialog.getText(self.window, title, label)
        return text.strip() if ok else ""

    def ask_unsaved(self) -> Button:
        return QMessageBox.question(
            self.window,
            "Unsaved changes",
            "The comparison has unsaved changes. Save them before closing it?",
            Button.Save | Button.Discard | Button.Cancel,
            Button.Save,
        )

    # -- open / add -------------------------------------------------------------------
    def new(self) -> None:
        if self.maybe_keep_work():
            self.workspace.new()

    def open_dialog(self) -> None:
        paths = self.choose_open_paths("Open articles or a session")
        if paths:
            self.open_paths(paths)

    def add_dialog(self) -> None:
        paths = self.choose_open_paths("Add articles")
        if paths:
            self.open_paths(paths)

    def open_url_dialog(self) -> None:
        url = self.ask_text("Open URL", "Web address of an article:")
        if not url:
            return
        if not url.lower().startswith(("http://", "https://")):
            if "." in url and " " not in url:
                url = "https://" + url
            else:
                self.messages.error(f"“{url}” is not a web address (it should start with https://).")
                return
        self.workspace.add_sources([url])

    def open_paths(self, paths: list[str]) -> None:
        """Sessions replace what is open (after asking about unsaved work); articles are added.

        JSON is data, not an article: an exported comparison document opens like a session,
        any other JSON (a gold file beside the examples) is refused with a message.
        """
        sessions = [p for p in paths if p.lower().endswith(session_format.SUFFIX)]
        data = [p for p in paths if p.lower().endswith(".json")]
        articles = [p for p in paths if p not in sessions and p not in data]
        for p in data:
            if self.open_comparison_json(Path(p)):
                sessions = []
        if sessions:
            if len(sessions) > 1:
                self.messages.info(f"Only one session opens at a time; opened {Path(sessions[0]).name}.")
            if not self.open_session(Path(sessions[0])):
                return
        if articles:
            self.workspace.add_sources(articles)

    def open_session(self, path: Path) -> bool:
        if not self.maybe_keep_work():
            return False
        session = self.workspace.open_file(path)
        if session is None:
            return False
        self._remember(path)
        self._restore_view(session)
        return True

    def open_comparison_json(self, path: Path) -> bool:
        """Open an exported comparison document; refuse other JSON with a message."""
        try:
            if path.stat().st_size > session_format.MAX_BYTES:
                raise DocumentFormatError("it is too large")
            comparison = Comparison.from_json(path.read_text(encoding="utf-8", errors="replace"))
        except OSError as exc:
            self.messages.error(f"Could not open {path.name}: {exc.strerror or exc}")
            return False
        except DocumentFormatError as exc:
            self.messages.error(f"Skipped {path.name}: it is JSON data, not an article ({exc}).")
            return False
        if not self.maybe_keep_work():
            return False
        self.workspace.load(session_format.from_comparison(comparison), None)
        return True

    def _restore_view(self, session: Session) -> None:
        if session.view:
            self.window.comparison.restore_state(session.view)
            self.window._sync_view_actions(session.view)

    # -- save / export ---------------------------------------------------------------------
    def save(self, *, wait: bool = False) -> bool:
        """Save (written in the background unless `wait`: closing waits to know it worked)."""
        if self.workspace.path is None:
            return self.save_as(wait=wait)
        return self.save_to(self.workspace.path, wait=wait)

    def save_as(self, *, wait: bool = False) -> bool:
        current = self.workspace.path
        suggestion = str(current) if current else "comparison.parallax"
        path = self.choose_save_path("Save comparison", suggestion, SESSION_FILTER)
        if not path:
            return False
        p = Path(path)
        if p.suffix.lower() != session_format.SUFFIX:
            p = p.with_name(p.name + session_format.SUFFIX)
        return self.save_to(p, wait=wait)

    def save_to(self, path: Path, *, wait: bool = False) -> bool:
        return self.workspace.save_to(path, self.window.comparison.save_state(), wait=wait)

    def _on_saved(self, path: str) -> None:
        self._remember(Path(path))
        self.messages.withdraw("autosave")

    def export_dialog(self) -> None:
        base = self.workspace.path.stem if self.workspace.path else "comparison"
        path = self.choose_save_path("Export the comparison document", f"{base}.json", "JSON (*.json)")
        if path:
            self.export_json(Path(path))

    def export_json(self, path: Path) -> bool:
        comparison = self.workspace.comparison()
        if comparison is None:
            self.messages.info("There is no comparison to export yet.")
            return False
        try:
            write_text_atomic(path, comparison.to_json())
        except OSError as exc:
            self.messages.error(f"Could not export to {path}: {exc.strerror or exc}")
            return False
        self.messages.info(f"Exported the comparison document to {path}.", key="export")
        return True

    # -- recent files ------------------------------------------------------------------------
    def _remember(self, path: Path) -> None:
        self.settings.add_recent(path)
        self.refresh_recent()

    def refresh_recent(self) -> None:
        menu = self.recent_menu
        menu.clear()
        files = self.settings.recent_files()
        for n, f in enumerate(files, start=1):
            action = menu.addAction(f"&{n % 10} {Path(f).name}")
            action.setToolTip(f)
            action.setStatusTip(f)
            action.triggered.connect(lambda _=False, f=f: self.open_recent(f))
        if files:
            menu.addSeparator()
            menu.addAction("Clear Recent Files", self._clear_recent)
        menu.setEnabled(bool(files))

    def open_recent(self, path: str) -> None:
        if not Path(path).exists():
            self.messages.error(f"{path} no longer exists; removed it from the recent files.")
            self.settings.remove_recent(path)
            self.refresh_recent()
            return
        self.open_paths([path])

    def _clear_recent(self) -> None:
        self.settings.clear_recent()
        self.refresh_recent()

    # -- unsaved work, autosave, recovery ----------------------------------------------------
    def maybe_keep_work(self) -> bool:
        """True when it is fine to drop what is open (saved, discarded or nothing there)."""
        if not self.workspace.is_modified() or self.workspace.is_empty():
            return True
        answer = self.ask_unsaved()
        if answer == Button.Save:
            return self.save(wait=True)
        return answer == Button.Discard

    def autosave_snapshot(self) -> Session | None:
        if self.workspace.is_empty() or not self.workspace.is_modified():
            return None
        return self.workspace.snapshot(self.window.comparison.save_state())

    def offer_recovery(self, autosaver: Autosaver) -> None:
        if not recovery_prompt_enabled():
            return
        leftovers = leftover_autosaves(autosaver.directory, exclude=autosaver.path)
        if not leftovers:
            return
        newest = leftovers[0]
        when = dt.datetime.fromtimestamp(newest.stat().st_mtime).strftime("%d %b %H:%M")
        self.messages.ask(
            f"Parallax did not close cleanly last time. Recover the unsaved comparison from {when}?",
            (("Recover", lambda: self.recover(newest, leftovers)), ("Discard", lambda: discard_files(leftovers))),
            key="recover",
        )

    def recover(self, path: Path, leftovers: list[Path]) -> None:
        try:
            session = session_format.load(path)
        except (DocumentFormatError, OSError) as exc:
            self.messages.error(f"The autosaved comparison could not be recovered: {exc}")
            return
        if not self.maybe_keep_work():
            return
        self.workspace.load(session, None)
        self._restore_view(session)
        discard_files(leftovers)
        self.messages.info("Recovered the unsaved comparison. Save it to keep it.", key="recovered")

    # -- help ---------------------------------------------------------------------------------
    def show_shortcuts(self) -> None:
        if self._help is None:
            rows = "".join(
                f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(t)}</td></tr>"
                for k, t in self.window.menu_actions.shortcut_rows()
            )
            dialog = QDialog(self.window)
            dialog.setWindowTitle("Keyboard shortcuts")
            browser = QTextBrowser()
            browser.setHtml(
                "<p>Select a sentence, then Ctrl+click one in another column to link them.</p>"
                f"<table cellpadding='3'>{rows}</table>"
            )
            QVBoxLayout(dialog).addWidget(browser)
            dialog.resize(460, 560)
            self._help = dialog
        self._help.show()
        self._help.raise_()

    def show_about(self) -> None:
        box = QMessageBox(self.window)
        box.setWindowTitle("About Parallax")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(
            "<h3>Parallax</h3><p>Reads articles about the same event side by side: what they share, "
            "what differs, and what only one of them says.</p><p>MIT licence.</p>"
        )
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.show()
