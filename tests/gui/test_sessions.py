"""Autosave writes a recoverable file, a clean close removes it, leftovers are found."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from core import session as session_format
from core.readers import read_text
from core.session import Session
from gui.sessions import Autosaver, data_dir, leftover_autosaves, recovery_prompt_enabled


def test_data_dir_is_overridable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PARALLAX_DATA_DIR", str(tmp_path))
    assert data_dir() == tmp_path
    monkeypatch.setenv("PARALLAX_NO_AUTOSAVE_PROMPT", "1")
    assert not recovery_prompt_enabled()
    monkeypatch.delenv("PARALLAX_NO_AUTOSAVE_PROMPT")
    assert recovery_prompt_enabled()


def test_autosave_then_clean_discard(qtbot: QtBot, tmp_path: Path) -> None:
    session = Session([read_text("A lone paragraph about a parade.", "a.txt")])
    saver = Autosaver(lambda: session, tmp_path)
    with qtbot.waitSignal(saver.saved, timeout=5_000):
        saver.schedule()
    assert session_format.load(saver.path).documents == session.documents
    assert leftover_autosaves(tmp_path) == [saver.path]  # our own pid counts: an earlier window of this process
    assert leftover_autosaves(tmp_path, exclude=saver.path) == []
    saver.discard()
    saver.flush()
    assert not saver.path.exists()
    saver.stop()


def test_nothing_to_save_removes_the_file(qtbot: QtBot, tmp_path: Path) -> None:
    current: list[Session | None] = [Session([read_text("Some text.", "a.txt")])]
    saver = Autosaver(lambda: current[0], tmp_path)
    saver.save_now()
    saver.flush()
    assert saver.path.exists()
    current[0] = None
    saver.save_now()
    saver.flush()
    assert not saver.path.exists()
    saver.stop()


def test_autosave_of_a_running_process_is_not_offered(tmp_path: Path) -> None:
    alive = tmp_path / f"autosave-{os.getppid()}-abcd.parallax"
    dead = tmp_path / "autosave-999999999-abcd.parallax"
    for p in (alive, dead):
        p.write_text("{}")
    assert leftover_autosaves(tmp_path) == [dead]


def test_unwritable_directory_is_reported_once(qtbot: QtBot, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    saver = Autosaver(lambda: Session([read_text("Text.", "a.txt")]), blocker / "sub")
    with qtbot.waitSignal(saver.failed, timeout=5_000):
        saver.save_now()
    with qtbot.assertNotEmitted(saver.failed, wait=100):
        saver.save_now()
        saver.flush()
    saver.stop()
