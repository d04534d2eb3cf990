"""read_source / read_text / read_bytes: dispatch and every bad-input message for files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import core.readers
from core.errors import SourceError
from core.readers import read_bytes, read_source, read_text

STORY = (
    "Night bus routes extended\n\nThe city will run night buses to the airport from June, the transport office said.\n"
)


def test_text_file_round_trip(tmp_path: Path):
    path = tmp_path / "buses.txt"
    path.write_text(STORY, encoding="utf-8")
    doc = read_source(str(path))
    assert doc.origin == str(path)
    assert doc.title == "Night bus routes extended"
    assert doc.text == STORY.strip()
    assert [p.kind for p in doc.parts] == ["title", "paragraph"]
    assert doc.language == "en"


def test_title_falls_back_to_file_name(tmp_path: Path):
    path = tmp_path / "night-buses.txt"
    path.write_text("The city will run night buses to the airport from June.\n", encoding="utf-8")
    assert read_source(str(path)).title == "night-buses"


def test_read_text_matches_a_txt_file(tmp_path: Path):
    path = tmp_path / "same.txt"
    path.write_text(STORY, encoding="utf-8")
    pasted = read_text(STORY)
    assert pasted.text == read_source(str(path)).text
    assert pasted.origin == "pasted text"
    with pytest.raises(SourceError, match="no text"):
        read_text("  \n\t ")


def test_missing_path():
    with pytest.raises(SourceError, match="no such file") as info:
        read_source("/nonexistent/folder/story.txt")
    assert info.value.origin == "/nonexistent/folder/story.txt"


def test_address_without_scheme_gets_a_hint():
    with pytest.raises(SourceError, match="https://"):
        read_source("www.example.invalid/story")


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_device_is_refused_without_reading_it():
    with pytest.raises(SourceError, match="device"):
        read_source("/dev/zero")


def test_directory(tmp_path: Path):
    with pytest.raises(SourceError, match="folder"):
        read_source(str(tmp_path))


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "locked.txt"
    path.write_text(STORY, encoding="utf-8")

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(core.readers, "open", denied, raising=False)
    with pytest.raises(SourceError, match="permission denied"):
        read_source(str(path))


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read any file")
def test_permission_denied_for_real(tmp_path: Path):
    path = tmp_path / "locked.txt"
    path.write_text(STORY, encoding="utf-8")
    path.chmod(0)
    with pytest.raises(SourceError, match="permission denied"):
        read_source(str(path))


@pytest.mark.parametrize(("content", "reason"), [(b"", "empty"), (b"  \n\r\n\t  \n", "white space")])
def test_empty_and_whitespace_files(tmp_path: Path, content: bytes, reason: str):
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    with pytest.raises(SourceError, match=reason):
        read_source(str(path))


def test_size_cap(tmp_path: Path):
    path = tmp_path / "long.txt"
    path.write_bytes(b"word " * 1000)
    with pytest.raises(SourceError, match="larger than"):
        read_source(str(path), max_bytes=1000)
    assert read_source(str(path), max_bytes=10_000).text


def test_binary_file_judged_by_content(tmp_path: Path):
    path = tmp_path / "story.txt"
    path.write_bytes(b"\x00\x01\x02\x03" * 100)
    with pytest.raises(SourceError, match="binary"):
        read_source(str(path))


def test_undecodable_bytes():
    with pytest.raises(SourceError, match="could not be decoded"):
        read_bytes(bytes(range(128, 256)) * 3 + b"\x81\x8d\x8f\x90\x9d", "odd.txt")


def test_default_cap_is_20_mib():
    assert core.readers.DEFAULT_MAX_BYTES == 20 * 1024 * 1024
