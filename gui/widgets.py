"""Small pieces of window chrome: the empty window's drop invitation and the find bar."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


def sources_from_mime(mime: QMimeData) -> tuple[list[str], str]:
    """What a drop or paste carries: (files and web links, else plain text)."""
    specs: list[str] = []
    if mime.hasUrls():
        for url in mime.urls():
            if url.isLocalFile():
                specs.append(url.toLocalFile())
            elif url.scheme() in ("http", "https"):
                specs.append(url.toString())
    if specs:
        return specs, ""
    text = mime.text().strip() if mime.hasText() else ""
    if text and len(text.split()) == 1:
        url = QUrl(text)
        if url.scheme() in ("http", "https") and url.host():
            return [text], ""
        if url.isLocalFile():
            return [url.toLocalFile()], ""
    return [], text


class Dock(QDockWidget):
    """A dock that says when the person closed it (hiding it from code says nothing)."""

    closed = Signal(bool)  # always False: connects straight to QAction.setChecked

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit(False)


class DropHint(QWidget):
    """What an empty window shows: a dashed drop zone, and buttons for the other ways in."""

    def __init__(self, open_action: QAction, url_action: QAction, paste_action: QAction,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 40, 40, 40)
        zone = QFrame()
        zone.setObjectName("dropZone")
        zone.setStyleSheet("#dropZone { border: 2px dashed palette(mid); border-radius: 16px; }")
        outer.addWidget(zone)
        layout = QVBoxLayout(zone)
        layout.addStretch(2)
        title = QLabel("Drop articles here to compare them")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        self.title = title
        sub = QLabel(
            "Files (text, Markdown, HTML, PDF, Word, RTF), links from a browser's address bar, or text.\n"
            "Two to twelve articles about the same event read side by side: what they share, what differs, "
            "what only one says."
        )
        sub.setAlignment(Qt.AlignmentFlag.AlignCenter)
        sub.setWordWrap(True)
        sub.setForegroundRole(sub.foregroundRole().PlaceholderText)
        layout.addWidget(sub)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for action in (open_action, url_action, paste_action):
            b = QPushButton(action.text().replace("&", ""))
            b.setToolTip(action.toolTip())
            b.clicked.connect(action.trigger)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(3)


class FindBar(QWidget):
    """Ctrl+F: a search field under the comparison; Enter finds the next hit, Shift+Enter the previous."""

    find = Signal(str, bool)  # text, backwards
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(QLabel("Find:"))
        self.field = QLineEdit()
        self.field.setPlaceholderText("text in any source")
        self.field.setClearButtonEnabled(True)
        self.field.returnPressed.connect(self._forward)
        layout.addWidget(self.field, 1)
        prev = QPushButton("Previous")
        prev.clicked.connect(lambda: self._emit(True))
        nxt = QPushButton("Next")
        nxt.clicked.connect(self._forward)
        layout.addWidget(prev)
        layout.addWidget(nxt)
        self.status = QLabel("")
        layout.addWidget(self.status)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip("Close the find bar (Esc)")
        close.clicked.connect(self.close_bar)
        layout.addWidget(close)
        back = QAction(self)
        back.setShortcut(QKeySequence("Shift+Return"))
        back.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.triggered.connect(lambda: self._emit(True))
        self.addAction(back)
        escape = QAction(self)
        escape.setShortcut(QKeySequence("Escape"))
        escape.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.triggered.connect(self.close_bar)
        self.addAction(escape)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def show_result(self, found: bool) -> None:
        self.status.setText("" if found else "Not found")

    def _forward(self) -> None:
        self._emit(False)

    def _emit(self, backwards: bool) -> None:
        if self.field.text():
            self.find.emit(self.field.text(), backwards)
