"""The window as a person uses it: drop articles in, read, step, filter, correct, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gui.app import window_palette
from gui.main_window import MainWindow
from gui.widgets import sources_from_mime
from tests.gui.shellkit import (
    GatedCompare,
    drop,
    file_mime,
    sentence_id,
    status_of,
    text_mime,
    wait_idle,
)

# The offscreen platform warns whenever a top-level window with a layout is shown; harmless.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


def _names(window: MainWindow) -> list[str]:
    return [Path(s.origin).name for s in window.store.comparison().sources]


def _open(qtbot: QtBot, window: MainWindow, paths: list[Path]) -> None:
    assert drop(window, file_mime(*paths))
    wait_idle(qtbot, window)


def test_empty_window_invites_a_drop(make_window) -> None:
    window = make_window()
    assert window.stack.currentWidget() is window.drop_hint
    assert "Drop articles here" in window.drop_hint.title.text()
    assert window.windowTitle().startswith("Untitled comparison")
    assert not window.menu_actions.save.isEnabled() and not window.menu_actions.link.isEnabled()
    assert not window.facts_dock.isVisible() and not window.sources_dock.isVisible()  # room for the invitation


def test_panels_appear_with_a_comparison_and_follow_the_view_menu(qtbot: QtBot, make_window, articles) -> None:
    window = make_window()
    _open(qtbot, window, articles[:2])
    assert window.facts_dock.isVisible() and window.detail_dock.isVisible() and window.sources_dock.isVisible()
    window.facts_dock.close()  # the dock's ✕ button
    assert not window.menu_actions.show_facts.isChecked()
    window.menu_actions.show_facts.trigger()
    assert window.facts_dock.isVisible()
    window.menu_actions.new.trigger()
    assert not window.facts_dock.isVisible() and window.menu_actions.show_facts.isChecked()


def test_dropped_files_become_columns_and_a_later_drop_adds(qtbot: QtBot, make_window, articles) -> None:
    window = make_window()
    _open(qtbot, window, articles[:1])
    assert window.stack.currentWidget() is window.comparison
    assert any("Add another article" in t for t in window.message_bar.texts())  # one source alone
    _open(qtbot, window, articles[1:])
    c = window.store.comparison()
    assert _names(window) == ["harbour.txt", "gazette.txt", "courier.txt"]
    assert window.comparison.rows_model.columnCount() == 3
    assert window.sources_panel.titles() == [s.title for s in c.sources]
    assert status_of(c, "About 40 people") == "differing"
    assert status_of(c, "Investigators") == "unique"
    assert status_of(c, "The harbour will stay") == "shared"
    assert not any("Add another" in t for t in window.message_bar.texts())
    assert window.isWindowModified()


def test_dropped_text_becomes_a_pasted_source(qtbot: QtBot, make_window) -> None:
    window = make_window()
    assert drop(window, text_mime("The mayor opened the new library on Saturday. Hundreds came."))
    wait_idle(qtbot, window)
    assert drop(window, text_mime("Hundreds came. The mayor opened the new library on Saturday."))
    wait_idle(qtbot, window)
    c = window.store.comparison()
    assert [s.title for s in c.sources] == ["Pasted text 1", "Pasted text 2"]
    assert status_of(c, "Hundreds came") == "shared"


def test_mime_from_a_browser_and_a_file_manager() -> None:
    mime = QMimeData()
    mime.setUrls([QUrl("https://news.example.org/story"), QUrl.fromLocalFile("/tmp/a.txt"), QUrl("ftp://x/y")])
    assert sources_from_mime(mime) == (["https://news.example.org/story", "/tmp/a.txt"], "")
    assert sources_from_mime(text_mime("https://news.example.org/story")) == (["https://news.example.org/story"], "")
    assert sources_from_mime(text_mime("  Just words.  ")) == ([], "Just words.")


def test_paste_as_new_source(qtbot: QtBot, make_window) -> None:
    window = make_window()
    QGuiApplication.clipboard().setText("A storm closed the ferry route. Boats stayed in port.")
    qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    wait_idle(qtbot, window)
    assert [d.title for d in window.workspace.documents] == ["Pasted text 1"]


def test_bad_file_gives_a_message_and_the_others_stay(qtbot: QtBot, make_window, articles, tmp_path) -> None:
    window = make_window()
    empty = tmp_path / "blank.txt"
    empty.write_text("   \n\n  ")
    _open(qtbot, window, [articles[0], empty, articles[1]])
    texts = window.message_bar.texts()
    assert any(t.startswith("Could not add") and "blank.txt" in t for t in texts), texts
    assert _names(window) == ["harbour.txt", "gazette.txt"]
    _open(qtbot, window, [tmp_path / "gone.txt"])
    assert any("gone.txt" in t and "no such file" in t for t in window.message_bar.texts())
    assert len(window.store.comparison().sources) == 2


def test_step_through_differences_and_filter(qtbot: QtBot, make_window, articles) -> None:
    window = make_window()
    _open(qtbot, window, articles)
    window.comparison.setFocus()
    qtbot.keyClick(window.comparison, Qt.Key.Key_F7)
    current, total = window.comparison.difference_position()
    assert current == 1 and total >= 3
    assert window.position_label.text() == f"difference 1 of {total}"
    qtbot.keyClick(window.comparison, Qt.Key.Key_F7)
    assert window.position_label.text() == f"difference 2 of {total}"
    qtbot.keyClick(window.comparison, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert window.position_label.text() == f"difference 1 of {total}"
    window.menu_actions.show_shared.trigger()  # View > Show Shared off
    assert window.comparison.filter_state() == {"shared": False, "differing": True, "unique": True}
    window.menu_actions.show_unique.trigger()
    assert window.comparison.difference_position()[1] < total


def test_link_unlink_with_the_keyboard_and_undo(qtbot: QtBot, make_window, articles) -> None:
    window = make_window()
    _open(qtbot, window, articles[:2])
    c = window.store.comparison()
    spokes, investigate = sentence_id(window, "A spokesperson"), sentence_id(window, "Firefighters needed")
    assert c.sentence(spokes).status == "unique" and c.sentence(investigate).status == "unique"
    window.comparison.select_sentence(investigate)
    window.comparison.select_sentence(spokes, extend=True)
    window.comparison.setFocus()
    qtbot.keyClick(window.comparison, Qt.Key.Key_L)
    c = window.store.comparison()
    assert c.sentence(spokes).status == "shared" and c.sentence(investigate).status == "shared"
    assert window.menu_actions.undo.text() == "&Undo Link sentences"
    qtbot.keyClick(window.comparison, Qt.Key.Key_D)
    assert window.store.comparison().sentence(spokes).status == "differing"
    qtbot.keyClick(window.comparison, Qt.Key.Key_U)
    assert window.store.comparison().sentence(spokes).status == "unique"
    assert window.isWindowModified()
    for _ in range(3):
        qtbot.keyClick(window.comparison, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.store.comparison().sentence(spokes).status == "unique"
    assert len(window.workspace.edits) == 0
    qtbot.keyClick(window.comparison, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.store.comparison().sentence(spokes).status == "shared"


def test_a_link_that_does_not_apply_explains_itself(qtbot: QtBot, make_window, articles) -> None:
    window = make_window()
    _open(qtbot, window, articles[:2])
    window.comparison.select_sentence(sentence_id(window, "A spokesperson"))
    window.menu_actions.link.trigger()
    assert any("Ctrl+click" in t for t in window.message_bar.texts())


def test_manual_link_survives_adding_a_source(qtbot: QtBot, make_window, articles) -> None:
    window = make_window()
    _open(qtbot, window, articles[:2])
    window.comparison.select_sentence(sentence_id(window, "Firefighters needed"))
    window.comparison.select_sentence(sentence_id(window, "A spokesperson"), extend=True)
    window.menu_actions.link.trigger()
    _open(qtbot, window, articles[2:])
    c = window.store.comparison()
    assert len(c.sources) == 3
    assert status_of(c, "A spokesperson") == "shared"
    manual = [k for k in c.links if k.manual]
    assert len(manual) == 1 and {c.sentence(manual[0].a).source, c.sentence(manual[0].b).source} == {"s1", "s2"}


def test_sources_can_be_removed_reordered_and_renamed(qtbot: QtBot, make_window, articles) -> None:
    window = make_window()
    _open(qtbot, window, articles)
    panel = window.sources_panel
    panel.list.setCurrentRow(2)
    panel.buttons["up"].click()
    wait_idle(qtbot, window)
    assert _names(window) == ["harbour.txt", "courier.txt", "gazette.txt"]
    panel.list.item(0).setText("Lowmere Herald")
    assert window.store.comparison().sources[0].title == "Lowmere Herald"
    panel.list.setCurrentRow(1)
    panel.buttons["remove"].click()
    wait_idle(qtbot, window)
    assert _names(window) == ["harbour.txt", "gazette.txt"]
    assert window.store.comparison().sources[0].title == "Lowmere Herald"


def test_cancel_a_long_run(qtbot: QtBot, make_window, articles) -> None:
    slow = GatedCompare()
    window = make_window(slow)
    drop(window, file_mime(*articles))
    qtbot.waitUntil(slow.entered.is_set, timeout=10_000)
    assert window.cancel_button.isVisible() and window.progress.isVisible()
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert not window.cancel_button.isVisible()
    assert any("cancelled" in t for t in window.message_bar.texts())
    assert window.store.comparison() is None and window.workspace.documents == []
    slow.gate.set()


def test_a_late_result_from_an_earlier_run_is_not_drawn(qtbot: QtBot, make_window, articles) -> None:
    late = GatedCompare(honour_cancel=False)
    calls = {"n": 0}

    def compare(documents, **kwargs):
        calls["n"] += 1
        if calls["n"] == 1:
            return late(documents, **kwargs)
        from tests.gui.shellkit import simple_compare

        return simple_compare(documents, **kwargs)

    window = make_window(compare)
    drop(window, file_mime(*articles[:2]))
    qtbot.waitUntil(late.entered.is_set, timeout=10_000)
    _open(qtbot, window, articles[2:])
    assert len(window.store.comparison().sources) == 3
    with qtbot.waitSignal(window.workspace.runner.dropped, timeout=10_000):
        late.gate.set()
    assert len(window.store.comparison().sources) == 3


def test_find_bar(qtbot: QtBot, make_window, articles) -> None:
    window = make_window()
    _open(qtbot, window, articles)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    qtbot.keyClicks(window.find_bar.field, "investigators")
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    selected = window.comparison.selected_sentences()
    assert selected and window.store.comparison().sentence(selected[-1]).text.startswith("Investigators")
    qtbot.keyClicks(window.find_bar.field, " nowhere")
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert window.find_bar.status.text() == "Not found"


def test_views_zoom_and_theme(qtbot: QtBot, make_window, articles) -> None:
    window = make_window()
    _open(qtbot, window, articles)
    window.menu_actions.view_reading.trigger()
    assert window.comparison.view_mode() == "reading"
    qtbot.keyClick(window.comparison, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.comparison.zoom() == 1
    qtbot.keyClick(window.comparison, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.comparison.zoom() == 0
    app = QApplication.instance()
    light = app.palette()
    try:
        app.setPalette(window_palette(True))  # what a dark system theme (or --theme dark) hands the app
        qtbot.waitUntil(lambda: window.comparison.palette_roles().dark, timeout=2_000)
    finally:
        app.setPalette(light)
    qtbot.waitUntil(lambda: not window.comparison.palette_roles().dark, timeout=2_000)


def test_open_url_asks_for_an_address_and_help_lists_shortcuts(make_window) -> None:
    window = make_window()
    added: list[list[str]] = []
    window.workspace.add_sources = added.append
    window.files.ask_text = lambda *_a: "news.example.org/ferry-story"
    window.menu_actions.open_url.trigger()
    assert added == [["https://news.example.org/ferry-story"]]
    window.files.ask_text = lambda *_a: "not an address"
    window.menu_actions.open_url.trigger()
    assert any("not a web address" in t for t in window.message_bar.texts())
    window.menu_actions.shortcuts.trigger()
    rows = dict((text, keys) for keys, text in window.menu_actions.shortcut_rows())
    assert rows["Next Difference"] == "F7" and rows["Link Sentences"] == "L"
    assert window.files._help is not None and window.files._help.isVisible()
    window.files._help.close()


def test_every_shortcut_is_unambiguous(make_window) -> None:
    window = make_window()
    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            text = key.toString()
            assert text not in seen, f"{text} is both {seen[text]!r} and {action.text()!r}"
            seen[text] = action.text()
    assert {"Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Shift+V", "Ctrl+F", "L", "U", "D", "F7", "Shift+F7", "Ctrl+O"} <= set(seen)


def test_delete_a_source_by_key_then_undo_it_from_the_message(qtbot: QtBot, make_window, articles) -> None:
    window = make_window()
    _open(qtbot, window, articles)
    gazette_title = window.store.comparison().sources[1].title
    panel = window.sources_panel
    panel.list.setCurrentRow(1)
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    wait_idle(qtbot, window)
    assert _names(window) == ["harbour.txt", "courier.txt"]
    row = next(r for r in window.message_bar.rows() if "Removed" in r.message.text)
    assert row.message.text == f"Removed “{gazette_title}”."
    row.buttons["Undo"].click()
    wait_idle(qtbot, window)
    assert _names(window) == ["harbour.txt", "gazette.txt", "courier.txt"]
    assert not any("Removed" in t for t in window.message_bar.texts())
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert any("Removed" in t for t in window.message_bar.texts())
    window.menu_actions.new.trigger()  # the fixture answers Discard: the offer to undo goes with the comparison
    assert not any("Removed" in t for t in window.message_bar.texts())


def test_rename_a_source_with_f2_and_typing(qtbot: QtBot, make_window, articles) -> None:
    from PySide6.QtWidgets import QLineEdit

    window = make_window()
    _open(qtbot, window, articles[:2])
    panel = window.sources_panel
    panel.list.setCurrentRow(0)
    qtbot.keyClick(panel.list, Qt.Key.Key_F2)
    editor = panel.list.findChild(QLineEdit)
    assert editor is not None and editor.selectedText() == panel.list.item(0).text()  # all selected: typing replaces
    qtbot.keyClicks(editor, "Lowmere Herald")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: window.store.comparison().sources[0].title == "Lowmere Herald", timeout=2_000)
    assert window.workspace.documents[0].title == "Lowmere Herald"
    assert window.comparison.rows_model.headerData(0, Qt.Orientation.Horizontal).startswith("Lowmere Herald")


def test_dropping_the_same_file_again_does_not_add_a_twin_column(qtbot: QtBot, make_window, articles) -> None:
    window = make_window()
    _open(qtbot, window, articles[:2])
    _open(qtbot, window, articles[:1])
    assert _names(window) == ["harbour.txt", "gazette.txt"]
    assert any("harbour.txt" in t and "already in the comparison" in t for t in window.message_bar.texts())


def test_a_rename_left_blank_keeps_the_old_name(qtbot: QtBot, make_window, articles) -> None:
    from PySide6.QtWidgets import QLineEdit

    window = make_window()
    _open(qtbot, window, articles[:2])
    panel = window.sources_panel
    before = panel.list.item(1).text()
    panel.list.setCurrentRow(1)
    qtbot.keyClick(panel.list, Qt.Key.Key_F2)
    editor = panel.list.findChild(QLineEdit)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)  # the whole name was selected: now the field is empty
    assert editor.text() == ""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.list.state() != panel.list.State.EditingState, timeout=2_000)
    assert panel.list.item(1).text() == before
    assert window.store.comparison().sources[1].title == before

