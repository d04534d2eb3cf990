"""Settings live in the file a test gives; recent files keep the newest first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray

from gui.settings import MAX_RECENT, Settings


def test_recent_files_newest_first_without_duplicates(tmp_path: Path) -> None:
    s = Settings.at(tmp_path / "s.ini")
    for n in range(MAX_RECENT + 2):
        s.add_recent(tmp_path / f"{n}.parallax")
    s.add_recent(tmp_path / "5.parallax")
    files = Settings.at(tmp_path / "s.ini").recent_files()
    assert files[0].endswith("5.parallax") and len(files) == MAX_RECENT
    assert len(set(files)) == len(files)
    assert s.remove_recent(files[0])[0] != files[0]


def test_view_state_and_bytes_round_trip(tmp_path: Path) -> None:
    s = Settings.at(tmp_path / "s.ini")
    assert s.view_state() == {} and s.bytes_value("window/geometry") is None
    s.set_view_state({"view_mode": "reading", "zoom": 2})
    s.set_bytes_value("window/geometry", QByteArray(b"\x01\x02"))
    s.sync()
    again = Settings.at(tmp_path / "s.ini")
    assert again.view_state() == {"view_mode": "reading", "zoom": 2}
    assert bytes(again.bytes_value("window/geometry").data()) == b"\x01\x02"  # type: ignore[union-attr]
