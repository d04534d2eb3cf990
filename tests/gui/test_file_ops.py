"""Sessions as a person meets them: save, reopen, recover after a crash, refuse bad files, close safely."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from core.model import Comparison
from gui.main_window import MainWindow
from tests.gui.shellkit import drop, file_mime, sentence_id, wait_idle, write_articles

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
Button = QMessageBox.StandardButton


@pytest.fixture
def window(qtbot: QtBot, make_window, tmp_path: Path) -> MainWindow:
    """A window comparing two invented articles, with one manual link."""
    w = make_window()
    drop(w, file_mime(*write_articles(tmp_path)[:2]))
    wait_idle(qtbot, w)
    w.comparison.select_sentence(sentence_id(w, "Firefighters needed"))
    w.comparison.select_sentence(sentence_id(w, "A spokesperson"), extend=True)
    w.menu_actions.link.trigger()
    return w


def test_save_then_reopen_in_a_new_window(qtbot: QtBot, make_window, window: MainWindow, tmp_path: Path) -> None:
    window.menu_actions.view_reading.trigger()
    path = tmp_path / "harbour fire.parallax"
    window.files.choose_save_path = lambda *_a: str(tmp_path / "harbour fire")  # the dialog's answer
    with qtbot.waitSignal(window.workspace.saved, timeout=10_000):  # written on the writer thread
        window.menu_actions.save.trigger()
    assert path.exists() and not window.isWindowModified()
    assert window.windowTitle() == "harbour fire.parallax[*] — Parallax"
    assert window.settings.recent_files()[0] == str(path.resolve())
    assert window.files.recent_menu.actions()[0].text().endswith("harbour fire.parallax")
    saved = window.store.comparison().to_json()
    other = make_window()
    other.files.open_paths([str(path)])
    assert other.store.comparison().to_json() == saved
    assert len(other.workspace.edits) == 1
    assert other.comparison.view_mode() == "reading" and other.menu_actions.view_reading.isChecked()
    assert not other.isWindowModified()


def test_recover_after_a_crash(qtbot: QtBot, make_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PARALLAX_NO_AUTOSAVE_PROMPT", raising=False)
    crashed = make_window(register=False)
    drop(crashed, file_mime(*write_articles(tmp_path)))
    wait_idle(qtbot, crashed)
    crashed.comparison.select_sentence(sentence_id(crashed, "Investigators"))
    crashed.comparison.select_sentence(sentence_id(crashed, "A spokesperson"), extend=True)
    crashed.menu_actions.link.trigger()
    with qtbot.waitSignal(crashed.autosaver.saved, timeout=10_000):  # the debounced autosave after the edit
        pass
    before = crashed.store.comparison().to_json()
    crashed.autosaver.stop()  # the process "dies": no closeEvent, the autosave file stays
    crashed.deleteLater()
    qtbot.waitUntil(lambda: len(list((tmp_path / "data").glob("autosave-*"))) == 1)

    fresh = make_window()
    qtbot.waitUntil(lambda: any("did not close cleanly" in t for t in fresh.message_bar.texts()), timeout=5_000)
    assert fresh.store.comparison() is None
    fresh.message_bar.rows()[-1].buttons["Recover"].click()
    assert fresh.store.comparison().to_json() == before
    assert len(fresh.workspace.edits) == 1
    assert fresh.isWindowModified()  # recovered work is unsaved work
    assert not [p for p in (tmp_path / "data").glob("autosave-*") if p != fresh.autosaver.path]


def test_a_clean_close_leaves_nothing_to_recover(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    window.autosaver.save_now()
    window.autosaver.flush()
    assert window.autosaver.path.exists()
    window.close()
    assert not window.autosaver.path.exists()


def test_save_to_a_read_only_place_is_refused_and_nothing_is_lost(window: MainWindow, tmp_path: Path) -> None:
    if os.geteuid() == 0:
        target = Path("/sys/harbour.parallax")  # root writes anywhere else; sysfs refuses
    else:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        target = locked / "harbour.parallax"
    before = window.store.comparison().to_json()
    assert not window.files.save_to(target, wait=True)
    assert any("Could not save harbour.parallax" in t for t in window.message_bar.texts())
    assert window.isWindowModified() and window.workspace.path is None
    assert window.store.comparison().to_json() == before


def test_save_serialises_and_writes_off_the_ui_thread(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 12×300 session takes ~0.35 s to serialise: Save hands a snapshot to the writer thread."""
    import threading

    from core import session as session_format

    threads: list[str] = []
    real_save = session_format.save

    def recording_save(path, session) -> None:
        threads.append(threading.current_thread().name)
        real_save(path, session)

    monkeypatch.setattr(session_format, "save", recording_save)
    target = tmp_path / "later.parallax"
    with qtbot.waitSignal(window.workspace.saved, timeout=10_000) as saved:
        assert window.files.save_to(target)
    assert saved.args == [str(target)] and target.exists()
    assert threads and threads[0] != threading.main_thread().name
    assert not window.isWindowModified() and window.workspace.path == target


def test_an_edit_made_while_saving_stays_unsaved(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    with qtbot.waitSignal(window.workspace.saved, timeout=10_000):
        window.files.save_to(tmp_path / "first.parallax")
        window.workspace.undo_stack.undo()  # before the writer reports back
    assert window.isWindowModified()  # the file holds the state before the undo
    with qtbot.waitSignal(window.workspace.saved, timeout=10_000):
        window.files.save_to(tmp_path / "first.parallax")
    assert not window.isWindowModified()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("{ this is not json", "damaged"),
        ('{"schema": "parallax.comparison/1"}', "not a Parallax session"),
        ('{"format": "parallax.session", "version": 99, "documents": []}', "newer Parallax"),
    ],
)
def test_a_damaged_foreign_or_newer_session_keeps_what_was_open(
    window: MainWindow, tmp_path: Path, content: str, reason: str
) -> None:
    bad = tmp_path / "bad.parallax"
    bad.write_text(content)
    before = window.store.comparison().to_json()
    window.files.open_paths([str(bad)])
    texts = window.message_bar.texts()
    assert any("Could not open bad.parallax" in t and reason in t for t in texts), texts
    assert not any(".." in t for t in texts), texts  # one full stop between the reason and the reassurance
    assert window.store.comparison().to_json() == before and window.isWindowModified()


def test_closing_with_unsaved_work_asks(window: MainWindow) -> None:
    asked: list[bool] = []

    def answer(button: Button):
        def ask() -> Button:
            asked.append(True)
            return button

        return ask

    window.files.ask_unsaved = answer(Button.Cancel)
    assert not window.close() and window.isVisible()
    window.files.ask_unsaved = answer(Button.Discard)
    assert window.close()
    assert len(asked) == 2


def test_export_json_writes_the_contract_document(window: MainWindow, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert window.files.export_json(out)
    data = json.loads(out.read_text())
    assert data["schema"] == "parallax.comparison/1"
    assert Comparison.from_json(out.read_text()).to_json() == window.store.comparison().to_json()


def test_window_remembers_view_state_and_geometry(qtbot: QtBot, make_window) -> None:
    first = make_window()
    first.menu_actions.view_reading.trigger()
    first.resize(620, 470)
    size = first.size()
    first.menu_actions.show_facts.setChecked(False)
    assert first.close()
    second = make_window()
    assert second.comparison.view_mode() == "reading" and second.menu_actions.view_reading.isChecked()
    assert second.size() == size
    assert not second.menu_actions.show_facts.isChecked() and second.menu_actions.show_detail.isChecked()


def test_new_asks_then_empties_the_window(window: MainWindow) -> None:
    window.menu_actions.new.trigger()  # the fixture answers Discard
    assert window.store.comparison() is None and window.stack.currentWidget() is window.drop_hint
    assert not window.isWindowModified() and len(window.workspace.edits) == 0


def test_json_beside_articles_is_skipped_but_an_exported_comparison_opens(
    qtbot: QtBot, make_window, window: MainWindow, tmp_path: Path
) -> None:
    gold = tmp_path / "gold.json"
    gold.write_text('{"id": "example", "links": []}')
    fresh = make_window()
    fresh.files.open_paths([str(p) for p in write_articles(tmp_path)[:2]] + [str(gold)])
    wait_idle(qtbot, fresh)
    assert any("Skipped gold.json" in t for t in fresh.message_bar.texts())
    assert len(fresh.store.comparison().sources) == 2
    exported = tmp_path / "export.json"
    window.files.export_json(exported)
    fresh.files.open_paths([str(exported)])
    assert fresh.store.comparison().to_json() == window.store.comparison().to_json()
