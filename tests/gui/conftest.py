"""Fixtures the window tests share: a main window factory with its settings and state in tmp_path, and articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.shellkit import window_factory, write_articles


@pytest.fixture
def make_window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    return window_factory(qtbot, tmp_path, monkeypatch)


@pytest.fixture
def articles(tmp_path: Path) -> list[Path]:
    return write_articles(tmp_path)
