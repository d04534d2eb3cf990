"""What the window remembers between runs, behind one small typed wrapper over QSettings.

The window is handed a `Settings` (no global), so tests pass one backed by a
temporary ini file and never touch the user's real settings.
`PARALLAX_SETTINGS_FILE` does the same for scripted runs (screenshots).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "Parallax"
APPLICATION = "Parallax"
MAX_RECENT = 10


class Settings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        if qsettings is None:
            override = os.environ.get("PARALLAX_SETTINGS_FILE")
            if override:
                qsettings = QSettings(override, QSettings.Format.IniFormat)
            else:
                qsettings = QSettings(ORGANISATION, APPLICATION)
        self._q = qsettings

    @classmethod
    def at(cls, path: str | os.PathLike[str]) -> Settings:
        """Settings kept in one ini file (tests, portable runs)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    # -- window ---------------------------------------------------------------
    def bytes_value(self, key: str) -> QByteArray | None:
        value = self._q.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_bytes_value(self, key: str, value: QByteArray) -> None:
        self._q.setValue(key, value)

    def view_state(self) -> dict[str, Any]:
        raw = self._q.value("view/state", "")
        try:
            data = json.loads(str(raw)) if raw else {}
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}

    def set_view_state(self, state: dict[str, Any]) -> None:
        self._q.setValue("view/state", json.dumps(state))

    def flag(self, key: str, default: bool) -> bool:
        value = self._q.value(key, default)
        return value in (True, "true", "1", 1) if not isinstance(value, bool) else value

    def set_flag(self, key: str, value: bool) -> None:
        self._q.setValue(key, value)

    # -- recent files ---------------------------------------------------------
    def recent_files(self) -> list[str]:
        raw = self._q.value("recent/files", "")
        try:
            files = json.loads(str(raw)) if raw else []
        except ValueError:
            return []
        return [str(f) for f in files if isinstance(f, str)] if isinstance(files, list) else []

    def add_recent(self, path: str | os.PathLike[str]) -> list[str]:
        p = str(Path(path).resolve())
        files = [p, *[f for f in self.recent_files() if f != p]][:MAX_RECENT]
        self._q.setValue("recent/files", json.dumps(files))
        return files

    def remove_recent(self, path: str) -> list[str]:
        files = [f for f in self.recent_files() if f != path]
        self._q.setValue("recent/files", json.dumps(files))
        return files

    def clear_recent(self) -> None:
        self._q.setValue("recent/files", "[]")

    def sync(self) -> None:
        self._q.sync()
