"""Start-up pieces: the excepthook shows errors in the message bar; the command line parses."""

from __future__ import annotations

import sys
import threading

import pytest
from pytestqt.qtbot import QtBot

from gui.app import build_parser, install_excepthook, preload_model, window_palette
from gui.messages import Messages
from gui.palette import is_dark


def test_excepthook_posts_an_error_with_details(qtbot: QtBot, capsys) -> None:
    messages = Messages()
    previous = install_excepthook(messages)
    try:
        try:
            raise ValueError("the sky fell")
        except ValueError:
            sys.excepthook(*sys.exc_info())  # what PySide does with an exception in a slot
    finally:
        sys.excepthook = previous
    message = messages.history[-1]
    assert message.level == "error" and "ValueError: the sky fell" in message.text
    assert "Traceback" in message.details
    assert "the sky fell" in capsys.readouterr().err


def test_command_line() -> None:
    args = build_parser().parse_args(["a.txt", "https://example.org/b", "--theme", "dark", "--view", "reading"])
    assert args.files == ["a.txt", "https://example.org/b"] and args.theme == "dark" and args.view == "reading"
    assert build_parser().parse_args([]).files == []


def test_forced_dark_palette_reads_as_dark(qtbot: QtBot) -> None:
    assert is_dark(window_palette(True))
    assert not is_dark(window_palette(False))


def test_help_points_to_the_headless_command(capsys) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--help"])
    assert "parallax compare FILE_OR_URL" in capsys.readouterr().out


def test_the_model_is_preloaded_off_the_ui_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    import core.align

    seen: list[threading.Thread] = []
    monkeypatch.setattr(core.align, "load_embedder", lambda: seen.append(threading.current_thread()))
    preload_model().join(timeout=10)
    assert len(seen) == 1 and seen[0] is not threading.main_thread()


def test_the_app_quits_cleanly_while_the_model_is_still_loading(tmp_path) -> None:
    """Started with no files, the app loads the model in the background; quitting at once (here: as soon as the
    window is drawn) must wait for it, not abort inside onnxruntime."""
    import os
    import subprocess

    shot = tmp_path / "window.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run(
        [sys.executable, "-m", "gui.launcher", "--screenshot", str(shot)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert shot.stat().st_size > 0
