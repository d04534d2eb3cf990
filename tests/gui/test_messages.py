"""The message bar: non-modal rows that name the problem, with buttons and details."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from gui.messages import MAX_SHOWN, MessageBar, Messages

# The offscreen platform warns when any top-level widget with a layout is shown; not a problem of ours.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


def test_messages_show_and_dismiss(qtbot: QtBot) -> None:
    messages = Messages()
    bar = MessageBar(messages)
    qtbot.addWidget(bar)
    assert bar.isHidden()  # nothing to say yet
    messages.error("Could not add broken.pdf: it is not a PDF", details="Traceback …")
    assert bar.isVisible() and bar.texts() == ["Could not add broken.pdf: it is not a PDF"]
    row = bar.rows()[0]
    assert row.details is not None and row.details.isHidden()
    row.dismiss()
    assert bar.texts() == [] and bar.isHidden()


def test_keyed_message_replaces_the_previous_one(qtbot: QtBot) -> None:
    messages = Messages()
    bar = MessageBar(messages)
    qtbot.addWidget(bar)
    messages.info("first", key="k")
    messages.info("second", key="k")
    assert bar.texts() == ["second"]
    messages.withdraw("k")
    assert bar.texts() == []


def test_bar_keeps_only_the_newest_rows(qtbot: QtBot) -> None:
    messages = Messages()
    bar = MessageBar(messages)
    qtbot.addWidget(bar)
    for n in range(MAX_SHOWN + 3):
        messages.warning(f"warning {n}")
    assert bar.texts() == [f"warning {n}" for n in range(3, MAX_SHOWN + 3)]


def test_action_buttons_run_and_close_the_row(qtbot: QtBot) -> None:
    messages = Messages()
    bar = MessageBar(messages)
    qtbot.addWidget(bar)
    clicked: list[str] = []
    messages.ask("Recover?", (("Recover", lambda: clicked.append("yes")), ("Discard", lambda: None)), key="r")
    bar.rows()[0].buttons["Recover"].click()
    assert clicked == ["yes"] and bar.texts() == []
