"""The window: composes the views, docks, message bar and status bar, and wires the actions.

Behaviour lives elsewhere: state and runs in gui/workspace.py, edits in
gui/commands.py, files in gui/file_ops.py, autosave in gui/sessions.py,
the comparison's drawing in gui/views. This class only connects them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QMimeData, Qt, QTimer, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QUndoCommand,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gui import commands
from gui.actions import Actions, build_menus
from gui.file_ops import FileOps
from gui.messages import MessageBar, Messages
from gui.palette import is_dark
from gui.report_export import ReportExporter
from gui.sessions import Autosaver
from gui.settings import Settings
from gui.sources_panel import SourcesPanel
from gui.views.comparison_widget import ComparisonWidget
from gui.views.detail_pane import DetailPane
from gui.views.facts_panel import FactsPanel
from gui.widgets import Dock, DropHint, FindBar, sources_from_mime
from gui.workers import CompareFn
from gui.workspace import Workspace


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: Settings | None = None,
        *,
        compare: CompareFn | None = None,
        data_dir: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.messages = Messages(self)
        self.workspace = Workspace(self.messages, compare, self)
        self.store = self.workspace.store
        self.menu_actions = Actions(self, self.workspace.undo_stack)
        recent_menu = build_menus(self, self.menu_actions)
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)

        # centre: message bar, (drop hint | comparison), find bar
        self.message_bar = MessageBar(self.messages)
        a = self.menu_actions
        self.drop_hint = DropHint(a.open, a.open_url, a.paste)
        self.comparison = ComparisonWidget(self.store)
        self.comparison.set_context_actions([a.link, a.unlink, a.toggle_differing])
        self.stack = QStackedWidget()
        self.stack.addWidget(self.drop_hint)
        self.stack.addWidget(self.comparison)
        self.find_bar = FindBar()
        centre = QWidget()
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.message_bar)
        column.addWidget(self.stack, 1)
        column.addWidget(self.find_bar)
        self.setCentralWidget(centre)

        # docks (hidden while the window is empty, so the drop invitation has the room)
        self._docks: list[tuple[Dock, QAction, str]] = []
        self._size_docks = False
        self.sources_panel = SourcesPanel()
        self.facts_panel = FactsPanel(self.store, presentation=self.comparison.presentation)
        self.detail_pane = DetailPane(self.store, presentation=self.comparison.presentation)
        self.sources_dock = self._dock("Sources", "sources", self.sources_panel, Qt.DockWidgetArea.RightDockWidgetArea,
                                       a.show_sources)
        self.facts_dock = self._dock("Facts", "facts", self.facts_panel, Qt.DockWidgetArea.BottomDockWidgetArea,
                                     a.show_facts)
        self.detail_dock = self._dock("Detail", "detail", self.detail_pane, Qt.DockWidgetArea.RightDockWidgetArea,
                                      a.show_detail)

        # status bar: position, progress, cancel
        self.position_label = QLabel("")
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setMaximumWidth(220)
        self.progress.setFormat("%p%")
        self.progress_label = QLabel("")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop the running import or comparison")
        self.cancel_button.clicked.connect(self.workspace.cancel)
        bar = self.statusBar()
        bar.addWidget(self.position_label, 1)
        for w in (self.progress_label, self.progress, self.cancel_button):
            bar.addPermanentWidget(w)
        self._set_busy(False)

        self.files = FileOps(self, self.workspace, self.messages, self.settings, recent_menu)
        self.reports = ReportExporter(
            self,
            self.messages,
            self.workspace.comparison,
            self.files.choose_save_path,
            lambda: self.workspace.path.stem if self.workspace.path else "comparison",
        )
        self.autosaver = Autosaver(self.files.autosave_snapshot, data_dir, self)
        self.autosaver.failed.connect(lambda text: self.messages.warning(text, key="autosave"))
        self.workspace.set_writer(self.autosaver.submit)  # Save serialises on the autosave writer thread
        self._connect()
        self._restore_settings()
        self.apply_theme()
        self._on_store_changed()
        self._update_title()
        QTimer.singleShot(0, self, self._offer_recovery)  # after the window shows; dropped if it is gone

    def _offer_recovery(self) -> None:
        self.files.offer_recovery(self.autosaver)

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea, toggle: QAction) -> Dock:
        dock = Dock(title, self)
        dock.setObjectName(f"dock-{name}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        toggle.setChecked(True)
        toggle.toggled.connect(self._apply_docks)
        dock.closed.connect(toggle.setChecked)  # closed with its ✕ button: the View menu unticks
        self._docks.append((dock, toggle, name))
        return dock

    def _apply_docks(self) -> None:
        """Panels show when there is a comparison to describe and the View menu asks for them."""
        has = self.store.comparison() is not None
        for dock, toggle, _name in self._docks:
            dock.setVisible(has and toggle.isChecked())
        if has and self._size_docks:
            self._size_docks = False
            QTimer.singleShot(0, self, self._default_dock_sizes)

    # -- wiring -------------------------------------------------------------------
    def _connect(self) -> None:
        a, ws, cw = self.menu_actions, self.workspace, self.comparison
        a.new.triggered.connect(self.files.new)
        a.open.triggered.connect(self.files.open_dialog)
        a.add_sources.triggered.connect(self.files.add_dialog)
        a.open_url.triggered.connect(self.files.open_url_dialog)
        a.save.triggered.connect(self.files.save)
        a.save_as.triggered.connect(self.files.save_as)
        a.export_json.triggered.connect(self.files.export_dialog)
        a.export_html.triggered.connect(self.reports.export_html_dialog)
        a.export_pdf.triggered.connect(self.reports.export_pdf_dialog)
        a.print.triggered.connect(self.reports.print_report)
        a.close.triggered.connect(self.close)
        a.paste.triggered.connect(self.paste)
        a.find.triggered.connect(self.find_bar.open_bar)
        a.link.triggered.connect(lambda: self._edit(commands.link_command))
        a.unlink.triggered.connect(lambda: self._edit(commands.unlink_command))
        a.toggle_differing.triggered.connect(lambda: self._edit(commands.toggle_relation_command))
        a.view_aligned.triggered.connect(lambda: cw.set_view_mode("aligned"))
        a.view_reading.triggered.connect(lambda: cw.set_view_mode("reading"))
        a.sync_scroll.toggled.connect(cw.set_sync_scroll)
        for f in (a.show_shared, a.show_differing, a.show_unique):
            f.toggled.connect(self._apply_filter)
        a.next_difference.triggered.connect(cw.next_difference)
        a.previous_difference.triggered.connect(cw.previous_difference)
        a.zoom_in.triggered.connect(cw.zoom_in)
        a.zoom_out.triggered.connect(cw.zoom_out)
        a.reset_zoom.triggered.connect(cw.reset_zoom)
        a.shortcuts.triggered.connect(self.files.show_shortcuts)
        a.about.triggered.connect(self.files.show_about)
        self.find_bar.find.connect(self._find)
        self.find_bar.closed.connect(lambda: cw.setFocus())
        cw.positionChanged.connect(self._show_position)
        cw.selectionChanged.connect(self._on_selection)
        self.facts_panel.factActivated.connect(self._reveal_fact)
        self.store.changed.connect(self._on_store_changed)
        ws.runner.busyChanged.connect(self._set_busy)
        ws.runner.progress.connect(self._on_progress)
        ws.documentsChanged.connect(lambda: self.sources_panel.set_documents(ws.documents))
        ws.modifiedChanged.connect(lambda _m: self._update_title())
        ws.pathChanged.connect(lambda _p: self._update_title())
        ws.contentChanged.connect(self.autosaver.schedule)
        sp = self.sources_panel
        sp.addRequested.connect(self.files.add_dialog)
        sp.removeRequested.connect(ws.remove_source)
        sp.moveRequested.connect(ws.move_source)
        sp.renameRequested.connect(ws.rename_source)
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(lambda _s: self.apply_theme())

    # -- sources in -----------------------------------------------------------------
    def add_mime(self, mime: QMimeData) -> bool:
        """A drop or a paste: files and links become sources, other text a pasted source."""
        specs, text = sources_from_mime(mime)
        sessions = [s for s in specs if s.lower().endswith(".parallax")]
        if sessions:
            self.files.open_paths(specs)
        elif specs:
            self.workspace.add_sources(specs)
        elif text:
            self.workspace.add_text(text)
        else:
            return False
        return True

    @Slot()
    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not self.add_mime(mime):
            self.messages.info("The clipboard holds no text, file or link to add.", key="paste")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasText():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasText():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.add_mime(event.mimeData()):
            event.acceptProposedAction()

    # -- corrections ------------------------------------------------------------------
    def _edit(self, build) -> None:
        result = build(self.store, self.workspace.edits, self.comparison.selected_sentences())
        if isinstance(result, QUndoCommand):
            self.workspace.undo_stack.push(result)
            self.messages.withdraw("edit")
        else:
            self.messages.info(result, key="edit")

    # -- views ----------------------------------------------------------------------
    def _apply_filter(self) -> None:
        a = self.menu_actions
        self.comparison.set_filter(
            shared=a.show_shared.isChecked(), differing=a.show_differing.isChecked(), unique=a.show_unique.isChecked()
        )

    def _find(self, text: str, backwards: bool) -> None:
        self.find_bar.show_result(self.comparison.find(text, backwards=backwards))

    def _show_position(self, current: int, total: int) -> None:
        if total == 0:
            text = "No differences" if self.store.comparison() is not None else ""
        elif current:
            text = f"difference {current} of {total}"
        else:
            text = f"{total} difference{'s' if total != 1 else ''} (F7 for the next)"
        self.position_label.setText(text)

    def _on_selection(self) -> None:
        selected = self.comparison.selected_sentences()
        if selected:
            self.detail_pane.show_sentence(selected[-1])

    def _reveal_fact(self, fact_id: str) -> None:
        if hasattr(self.comparison, "reveal_fact"):  # the views' richer version (beyond the interface)
            self.comparison.reveal_fact(fact_id)
            return
        c = self.store.comparison()
        fact = next((f for f in c.facts if f.id == fact_id), None) if c else None
        if fact is None or not fact.mentions:
            return
        for n, m in enumerate(fact.mentions):
            self.comparison.select_sentence(m.sentence, extend=n > 0)
        self.comparison.reveal_sentence(fact.mentions[0].sentence)

    def _on_store_changed(self) -> None:
        has = self.store.comparison() is not None
        self.menu_actions.set_has_comparison(has)
        self.stack.setCurrentWidget(self.comparison if has else self.drop_hint)
        self._apply_docks()
        self._show_position(*self.comparison.difference_position())

    def apply_theme(self) -> None:
        """Follow the system's light/dark choice (colour scheme where Qt knows it, else the palette)."""
        hints = QGuiApplication.styleHints()
        scheme = hints.colorScheme() if hasattr(hints, "colorScheme") else Qt.ColorScheme.Unknown
        unknown = scheme == Qt.ColorScheme.Unknown
        dark = is_dark(QGuiApplication.palette()) if unknown else scheme == Qt.ColorScheme.Dark
        self.comparison.set_dark(dark)
        for panel in (self.facts_panel, self.detail_pane):
            if hasattr(panel, "set_dark"):
                panel.set_dark(dark)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.apply_theme()
        super().changeEvent(event)

    # -- busy / title -------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        for w in (self.progress, self.progress_label, self.cancel_button):
            w.setVisible(busy)
        if busy:
            self.progress.setValue(0)
            self.progress_label.setText("Working…")

    def _on_progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(round(fraction * 1000))
        if message:
            self.progress_label.setText(message)

    def _update_title(self) -> None:
        path = self.workspace.path
        name = path.name if path else "Untitled comparison"
        self.setWindowTitle(f"{name}[*] — Parallax")
        self.setWindowModified(self.workspace.is_modified())

    # -- settings / closing ------------------------------------------------------------------
    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.bytes_value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self._default_geometry()
        state = s.bytes_value("window/state")
        if state is None or not self.restoreState(state):
            self._default_docks()
        for _dock, toggle, name in self._docks:
            toggle.setChecked(s.flag(f"docks/{name}", True))
        view = s.view_state()
        if view:
            self.comparison.restore_state(view)
        self._sync_view_actions(view)
        self.files.refresh_recent()

    def _default_geometry(self) -> None:
        """First run: most of the screen, so three columns fit side by side."""
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is None:
            self.resize(1280, 800)
            return
        self.resize(min(1600, int(screen.width() * 0.9)), min(1000, int(screen.height() * 0.9)))
        frame = self.frameGeometry()
        frame.moveCenter(screen.center())
        self.move(frame.topLeft())

    def _default_docks(self) -> None:
        """First run: sources above the detail pane on the right, a short facts table below the columns."""
        self.splitDockWidget(self.sources_dock, self.detail_dock, Qt.Orientation.Vertical)
        self._size_docks = True  # once they first show (sizes set on hidden docks do not stick)

    def _default_dock_sizes(self) -> None:
        self.resizeDocks([self.sources_dock, self.detail_dock], [130, 420], Qt.Orientation.Vertical)
        self.resizeDocks([self.sources_dock], [300], Qt.Orientation.Horizontal)
        self.resizeDocks([self.facts_dock], [180], Qt.Orientation.Vertical)

    def _sync_view_actions(self, view: dict) -> None:
        a = self.menu_actions
        (a.view_reading if self.comparison.view_mode() == "reading" else a.view_aligned).setChecked(True)
        if isinstance(view.get("sync"), bool):
            a.sync_scroll.setChecked(view["sync"])
        filters = view.get("filter")
        if isinstance(filters, dict):
            for key, action in (("shared", a.show_shared), ("differing", a.show_differing), ("unique", a.show_unique)):
                if isinstance(filters.get(key), bool):
                    action.setChecked(filters[key])

    def save_settings(self) -> None:
        s = self.settings
        s.set_bytes_value("window/geometry", QByteArray(self.saveGeometry()))
        s.set_bytes_value("window/state", QByteArray(self.saveState()))
        s.set_view_state(self.comparison.save_state())
        for _dock, toggle, name in self._docks:
            s.set_flag(f"docks/{name}", toggle.isChecked())
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_keep_work():
            event.ignore()
            return
        self.save_settings()
        self.workspace.runner.wait(3000)
        self.autosaver.discard()
        self.autosaver.stop()
        event.accept()
