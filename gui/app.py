"""Start the window: QApplication, names for QSettings, theme, excepthook, files from the command line."""

from __future__ import annotations

import argparse
import gc
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from gui.messages import Messages
from gui.palette import palette_for
from gui.settings import APPLICATION, ORGANISATION

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def install_excepthook(messages: Messages) -> ExceptHook:
    """Show unexpected exceptions in the message bar (with the traceback as details); return the old hook."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, exc, tb)
            return
        details = "".join(traceback.format_exception(kind, exc, tb))
        sys.stderr.write(details)
        messages.error(f"Something went wrong: {kind.__name__}: {exc}", details=details)

    sys.excepthook = hook
    return previous


def window_palette(dark: bool) -> QPalette:
    """A Fusion palette for a forced theme, built from the palette module's base and text roles."""
    roles = palette_for(dark)
    pal = QApplication.style().standardPalette()
    if not dark:
        return pal
    C = QPalette.ColorRole
    window, base = roles.base, roles.gap.lighter(135)  # fields lighter than the window, as dark themes do
    for role, colour in (
        (C.Window, window), (C.Base, base), (C.AlternateBase, window), (C.Button, window),
        (C.WindowText, roles.header_text), (C.Text, roles.header_text), (C.ButtonText, roles.header_text),
        (C.ToolTipBase, base), (C.ToolTipText, roles.header_text), (C.PlaceholderText, roles.muted_text),
        (C.Highlight, roles.role("unique").accent), (C.HighlightedText, base), (C.Mid, roles.muted_text),
    ):
        pal.setColor(role, colour)
    pal.setColor(QPalette.ColorGroup.Disabled, C.Text, roles.muted_text)
    pal.setColor(QPalette.ColorGroup.Disabled, C.WindowText, roles.muted_text)
    pal.setColor(QPalette.ColorGroup.Disabled, C.ButtonText, roles.muted_text)
    return pal


def force_theme(app: QApplication, theme: str) -> None:
    """--theme light|dark: ask the platform, and set a matching palette where the platform cannot."""
    if theme == "system":
        return
    dark = theme == "dark"
    hints = app.styleHints()
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    app.setStyle("Fusion")
    app.setPalette(window_palette(dark))


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="parallax",
        description="Compare news articles side by side.",
        epilog="Without a window: parallax compare FILE_OR_URL... [--json OUT.json] [--html OUT.html] "
        "[--pdf OUT.pdf] (see parallax compare --help).",
    )
    p.add_argument("files", nargs="*", help="articles (files or URLs) or one .parallax session to open")
    p.add_argument("--theme", choices=("system", "light", "dark"), default="system", help="colour scheme")
    p.add_argument("--view", choices=("aligned", "reading"), help="start in this view")
    p.add_argument("--screenshot", metavar="PNG", help=argparse.SUPPRESS)  # grab the drawn window, then quit
    return p


def preload_model() -> threading.Thread:
    """Load and warm the sentence model in a background thread while the user picks files, so the first
    comparison does not wait for it (about 0.3 s on 2 cores); a comparison started meanwhile waits on
    the model's lock instead of loading it twice. Not a daemon: a process that quits while onnxruntime is
    still loading in a daemon thread aborts ("terminate called without an active exception")."""
    from core.align import load_embedder

    thread = threading.Thread(target=load_embedder, name="parallax-model")
    thread.start()
    return thread


def run(argv: Sequence[str]) -> int:
    started = time.perf_counter()
    args = build_parser().parse_args(list(argv))
    QApplication.setOrganizationName(ORGANISATION)
    QApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "parallax"])
    assert isinstance(app, QApplication)
    force_theme(app, args.theme)

    from gui.main_window import MainWindow  # the views are imported after the app exists

    window = MainWindow()
    previous_hook = install_excepthook(window.messages)
    window.show()
    spare_the_collector(window)
    if args.view:
        (window.menu_actions.view_reading if args.view == "reading" else window.menu_actions.view_aligned).trigger()
    preloading = None
    if args.files:  # once the empty window has drawn, so it shows at once and the worker gets the CPU after
        QTimer.singleShot(50, window, lambda: window.files.open_paths(args.files))
    else:
        preloading = preload_model()
    if args.screenshot:
        _screenshot_when_drawn(window, Path(args.screenshot), started)
    try:
        return app.exec()
    finally:
        sys.excepthook = previous_hook
        if preloading is not None:
            preloading.join()  # a quick quit waits for the model to finish loading rather than abort mid-load


def spare_the_collector(window) -> None:
    """Keep long-lived objects out of Python's full garbage collections, which stall the UI thread.

    A full pass walks every container object: ~40 ms with the imports, the window and a 10×100
    comparison, at unpredictable moments (it follows allocations). What exists once the window is up
    (modules, classes, widgets) and each comparison as it lands live on, so they are frozen; frozen
    objects are still freed by reference counting when they are dropped.
    """
    gc.freeze()
    window.store.reset.connect(gc.freeze)


def _since_process_start() -> str:
    """Seconds since the process began (Linux), so timings include the interpreter and imports."""
    try:
        with open("/proc/self/stat") as fh:
            start_ticks = int(fh.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime") as fh:
            uptime = float(fh.read().split()[0])
        return f"{uptime - start_ticks / os.sysconf('SC_CLK_TCK'):.2f} s since the process started"
    except (OSError, ValueError, IndexError, AttributeError):
        return "process start unknown"


def _screenshot_when_drawn(window, path: Path, started: float) -> None:
    """Wait until no run is pending, let the window paint, save a grab and quit (scripted screenshots)."""

    def check() -> None:
        if window.workspace.runner.is_busy():
            QTimer.singleShot(20, check)
            return
        QApplication.processEvents()
        window.grab().save(str(path))
        print(f"drawn {time.perf_counter() - started:.2f} s after run() began; {_since_process_start()}",
              file=sys.stderr)
        window.files.ask_unsaved = lambda: QMessageBox.StandardButton.Discard  # scripted: never ask
        window.close()

    QTimer.singleShot(0, lambda: print(f"window up {time.perf_counter() - started:.2f} s after run() began; "
                                       f"{_since_process_start()}", file=sys.stderr))
    QTimer.singleShot(150, check)  # after the files given have been handed to the worker
