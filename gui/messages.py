"""The one route for errors and notices: code posts a Message, the window's bar shows it.

Nothing below the window opens a dialog; workers, sessions and the excepthook
post here, and `MessageBar` shows the messages as non-modal rows (with optional
buttons and details) above the comparison, so a bad file never stacks dialogs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

LEVELS = ("error", "warning", "info")
MAX_SHOWN = 4  # older rows drop off so the bar never grows over the comparison


@dataclass(frozen=True)
class Message:
    level: str
    text: str
    details: str = ""
    actions: tuple[tuple[str, Callable[[], None]], ...] = field(default=(), compare=False)
    key: str = ""  # a new message with the same key replaces the old one


class Messages(QObject):
    """Collects what the user should be told; the UI listens to `posted` and `withdrawn`."""

    posted = Signal(object)
    withdrawn = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.history: list[Message] = []

    def post(self, message: Message) -> None:
        self.history.append(message)
        self.posted.emit(message)

    def error(self, text: str, *, details: str = "", key: str = "") -> None:
        self.post(Message("error", text, details, key=key))

    def warning(self, text: str, *, details: str = "", key: str = "") -> None:
        self.post(Message("warning", text, details, key=key))

    def info(self, text: str, *, actions: tuple[tuple[str, Callable[[], None]], ...] = (), key: str = "") -> None:
        self.post(Message("info", text, actions=actions, key=key))

    def ask(self, text: str, actions: tuple[tuple[str, Callable[[], None]], ...], *, key: str) -> None:
        """A question answered by one of the buttons, without a modal dialog."""
        self.post(Message("warning", text, actions=actions, key=key))

    def withdraw(self, key: str) -> None:
        self.withdrawn.emit(key)


class MessageRow(QFrame):
    """One message: icon, text, optional buttons, details toggle and a close button."""

    dismissed = Signal()

    def __init__(self, message: Message, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = message
        self.setObjectName(f"message-{message.level}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.AlternateBase)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 4, 4, 4)
        row = QHBoxLayout()
        outer.addLayout(row)
        icon = QLabel()
        pixmap = {
            "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
            "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
        }.get(message.level, QStyle.StandardPixmap.SP_MessageBoxInformation)
        icon.setPixmap(self.style().standardIcon(pixmap).pixmap(18, 18))
        row.addWidget(icon)
        self.label = QLabel(message.text)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.label, 1)
        self.buttons: dict[str, QPushButton] = {}
        for name, callback in message.actions:
            button = QPushButton(name)
            button.clicked.connect(lambda _=False, cb=callback: self._run(cb))
            row.addWidget(button)
            self.buttons[name] = button
        self.details: QPlainTextEdit | None = None
        if message.details:
            toggle = QPushButton("Details")
            toggle.setCheckable(True)
            row.addWidget(toggle)
            self.details = QPlainTextEdit(message.details)
            self.details.setReadOnly(True)
            self.details.setMaximumHeight(160)
            self.details.hide()
            toggle.toggled.connect(self.details.setVisible)
            outer.addWidget(self.details)
        close = QToolButton()
        close.setText("✕")
        close.setToolTip("Dismiss")
        close.setAutoRaise(True)
        close.clicked.connect(self.dismiss)
        row.addWidget(close)

    def _run(self, callback: Callable[[], None]) -> None:
        self.dismiss()
        callback()

    def dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
        self.deleteLater()


class MessageBar(QWidget):
    """Shows posted messages stacked at the top of the window; hidden while empty."""

    def __init__(self, messages: Messages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(4, 4, 4, 0)
        self._layout.setSpacing(2)
        self._rows: list[MessageRow] = []
        messages.posted.connect(self.show_message)
        messages.withdrawn.connect(self.withdraw)
        self.hide()

    def rows(self) -> list[MessageRow]:
        """The rows showing, oldest first."""
        return [r for r in self._rows if not r.isHidden()]

    def texts(self) -> list[str]:
        return [r.message.text for r in self.rows()]

    def show_message(self, message: Message) -> None:
        if message.key:
            self.withdraw(message.key)
        rows = self.rows()
        for old in rows[: max(0, len(rows) - MAX_SHOWN + 1)]:
            old.dismiss()
        row = MessageRow(message, self)
        row.dismissed.connect(lambda r=row: self._forget(r))
        self._layout.addWidget(row)
        self._rows.append(row)
        row.show()
        self.show()

    def _forget(self, row: MessageRow) -> None:
        if row in self._rows:
            self._rows.remove(row)
        self._update_visibility()

    def withdraw(self, key: str) -> None:
        for row in self.rows():
            if row.message.key == key:
                row.dismiss()
        self._update_visibility()

    def _update_visibility(self) -> None:
        self.setVisible(bool(self.rows()))
