"""Atomic writes: whole file or none, with the permissions a plain write would give."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from core.atomic import write_bytes_atomic, write_text_atomic


def test_writes_the_whole_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    write_text_atomic(target, "{}\n")
    assert target.read_text() == "{}\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_new_file_gets_umask_permissions_and_old_file_keeps_its_own(tmp_path: Path) -> None:
    target = tmp_path / "new.txt"
    write_bytes_atomic(target, b"x")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask
    target.chmod(0o640)
    write_bytes_atomic(target, b"y")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_failed_write_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "keep.txt"
    target.write_text("old")

    with pytest.raises(TypeError):
        write_bytes_atomic(target, 12345)  # type: ignore[arg-type]
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]
