"""The workspace behind the window: undo history across recomputation, renames during a run."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.shellkit import GatedCompare, drop, file_mime, sentence_id, wait_idle

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


def _status(window, text_start: str, title: str | None = None) -> str:
    sid = sentence_id(window, text_start, title)
    return window.store.comparison().sentence(sid).status


def test_undo_history_survives_recomputation(qtbot: QtBot, make_window, articles) -> None:
    """Link, then reorder and add sources (ids renumbered): undo and redo still act on that pair."""
    window = make_window()
    assert drop(window, file_mime(*articles[:2]))
    wait_idle(qtbot, window)
    window.comparison.select_sentence(sentence_id(window, "Firefighters needed"))
    window.comparison.select_sentence(sentence_id(window, "A spokesperson"), extend=True)
    window.menu_actions.link.trigger()
    assert _status(window, "A spokesperson") == "shared"
    stack = window.workspace.undo_stack
    window.workspace.move_source(1, 0)  # gazette first: every sentence id changes
    wait_idle(qtbot, window)
    window.workspace.add_sources([str(articles[2])])
    wait_idle(qtbot, window)
    assert len(window.store.comparison().sources) == 3
    assert stack.count() == 1 and stack.canUndo()
    assert _status(window, "A spokesperson") == "shared"
    stack.undo()
    assert _status(window, "A spokesperson") == "unique"
    assert len(window.workspace.edits) == 0
    stack.redo()
    assert _status(window, "A spokesperson") == "shared"
    manual = [k for k in window.store.comparison().links if k.manual]
    starts = {window.store.comparison().sentence(i).text.split()[0] for k in manual for i in (k.a, k.b)}
    assert len(manual) == 1 and starts == {"Firefighters", "A"}


def test_a_rename_during_a_run_is_kept_when_the_run_lands(qtbot: QtBot, make_window, articles) -> None:
    gated = GatedCompare()
    window = make_window(gated)
    gated.gate.set()
    assert drop(window, file_mime(*articles[:2]))
    wait_idle(qtbot, window)
    gated.gate.clear()
    gated.entered.clear()
    window.workspace.add_sources([str(articles[2])])
    qtbot.waitUntil(gated.entered.is_set, timeout=10_000)
    window.workspace.rename_source(0, "Lowmere Herald")  # while the run is out
    assert window.store.comparison().sources[0].title == "Lowmere Herald"
    gated.gate.set()
    wait_idle(qtbot, window)
    c = window.store.comparison()
    assert len(c.sources) == 3
    assert c.sources[0].title == "Lowmere Herald" and window.workspace.documents[0].title == "Lowmere Herald"
    assert window.sources_panel.list.item(0).text() == "Lowmere Herald"
