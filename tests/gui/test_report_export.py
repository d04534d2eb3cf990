"""File > Export HTML / PDF report, as a person would use them from the menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from gui.main_window import MainWindow
from tests.gui.shellkit import drop, file_mime, wait_idle, window_factory, write_articles


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    w = window_factory(qtbot, tmp_path, monkeypatch)()
    drop(w, file_mime(*write_articles(tmp_path)[:2]))
    wait_idle(qtbot, w)
    return w


def _answer_save_dialog(window: MainWindow, monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(window.files, "choose_save_path", lambda *_: str(path))
    window.reports._choose = window.files.choose_save_path


def test_export_pdf_from_the_menu_writes_a_report(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "report.pdf"
    _answer_save_dialog(window, monkeypatch, out)
    assert window.menu_actions.export_pdf.isEnabled()
    window.menu_actions.export_pdf.trigger()
    assert out.read_bytes().startswith(b"%PDF")
    assert len(PdfReader(out).pages) >= 1
    assert any(str(out) in t for t in window.message_bar.texts())


def test_export_html_from_the_menu_names_every_source(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "report.html"
    _answer_save_dialog(window, monkeypatch, out)
    window.menu_actions.export_html.trigger()
    html = out.read_text(encoding="utf-8")
    for source in window.store.comparison().sources:
        assert source.title in html


def test_export_to_a_missing_folder_gives_a_message_and_no_file(window: MainWindow, tmp_path: Path) -> None:
    out = tmp_path / "no-such-folder" / "report.pdf"
    assert not window.reports.export_pdf(out)
    assert any("no-such-folder" in t for t in window.message_bar.texts())
    assert not out.exists()
