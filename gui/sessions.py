"""Autosave and crash recovery for sessions, on top of the pure file format in core/session.py.

Each running window autosaves (in a background thread) to its own file in the user data directory
(`PARALLAX_DATA_DIR` overrides it) every minute and shortly after each change.
A clean close deletes the file, so a file left behind means a crash; the next
window offers it for recovery in the message bar rather than in a dialog.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from core import session as session_format
from core.session import Session

AUTOSAVE_PREFIX = "autosave-"
PERIOD_MS = 60_000
DEBOUNCE_MS = 2_000


def data_dir() -> Path:
    """Where autosaves live: PARALLAX_DATA_DIR, else the platform's user data directory."""
    override = os.environ.get("PARALLAX_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("Parallax", "Parallax"))


def recovery_prompt_enabled() -> bool:
    return os.environ.get("PARALLAX_NO_AUTOSAVE_PROMPT", "") not in ("1", "true", "yes")


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # our own earlier window (a test, or a restart in process) is not running
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def leftover_autosaves(directory: Path, exclude: Path | None = None) -> list[Path]:
    """Autosaves of windows that did not close cleanly, newest first."""
    if not directory.is_dir():
        return []
    found = []
    for path in directory.glob(f"{AUTOSAVE_PREFIX}*{session_format.SUFFIX}"):
        if exclude is not None and path == exclude:
            continue
        pid_text = path.stem[len(AUTOSAVE_PREFIX) :].split("-", 1)[0]
        if pid_text.isdigit() and _pid_alive(int(pid_text)):
            continue
        found.append(path)
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


class Autosaver(QObject):
    """Saves `snapshot()` to this window's autosave file periodically and after changes."""

    saved = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        snapshot: Callable[[], Session | None],
        directory: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._snapshot = snapshot
        self.directory = directory or data_dir()
        self.path = self.directory / f"{AUTOSAVE_PREFIX}{os.getpid()}-{uuid.uuid4().hex[:8]}{session_format.SUFFIX}"
        self._periodic = QTimer(self)
        self._periodic.setInterval(PERIOD_MS)
        self._periodic.timeout.connect(self.save_now)
        self._periodic.start()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.save_now)
        self._failed_once = False
        self._stopped = False
        # one writer thread: writes and deletes happen in the order asked, never on the UI thread
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")

    def schedule(self) -> None:
        """Something changed: save soon, once the burst of changes is over."""
        self._debounce.start()

    def save_now(self) -> None:
        """Snapshot on the UI thread (cheap), serialise and write in the background (not cheap)."""
        self._debounce.stop()
        session = self._snapshot()
        if session is None:
            self.discard()
        else:
            self._submit(self._write, session)

    def discard(self) -> None:
        """A clean close or an empty window: nothing to recover."""
        self._debounce.stop()
        self._submit(self._unlink)

    def flush(self) -> None:
        """Wait for queued writes (tests; closing)."""
        if not self._stopped:
            self._writer.submit(lambda: None).result()

    def stop(self) -> None:
        """No more autosaves; waits for the one in flight."""
        self._periodic.stop()
        self._debounce.stop()
        if not self._stopped:
            self._stopped = True
            self._writer.shutdown(wait=True)

    def _submit(self, fn: Callable[..., None], *args: object) -> None:
        if not self._stopped:
            self._writer.submit(fn, *args)

    def submit(self, fn: Callable[..., Any], *args: object) -> Future:
        """Run other file work (Save, Save As) on the same writer thread, in order with autosaves."""
        if self._stopped:  # closing: nothing else runs on the writer any more, so do it here
            done: Future = Future()
            done.set_result(fn(*args))
            return done
        return self._writer.submit(fn, *args)

    def _write(self, session: Session) -> None:
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            session_format.save(self.path, session)
        except OSError as exc:
            if not self._failed_once:  # tell once, not every minute
                self._failed_once = True
                self.failed.emit(f"Autosave to {self.directory} failed: {exc.strerror or exc}")
            return
        self.saved.emit(str(self.path))

    def _unlink(self) -> None:
        with contextlib.suppress(OSError):
            self.path.unlink()


def discard_files(paths: list[Path]) -> None:
    for p in paths:
        with contextlib.suppress(OSError):
            p.unlink()
