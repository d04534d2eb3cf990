"""Session files round-trip offline and refuse damaged, foreign and newer files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from core import session as sessions
from core.edits import EditLog, make_edit
from core.errors import DocumentFormatError
from core.model import Comparison, Link
from core.pipeline import build_sentences
from core.readers import read_text

A = "Floodwater closed the Orrin Valley road on Sunday.\n\nAbout 120 homes were evacuated."
B = "About 150 homes were evacuated as water rose.\n\nThe valley road stayed shut on Sunday."


def _session() -> sessions.Session:
    docs = [read_text(A, "a.txt", "Valley Gazette"), read_text(B, "https://example.org/b", "Orrin News")]
    sources, sentences = build_sentences(docs)
    comp = Comparison(sources, sentences, [Link("s1:1", "s2:0", "differing", 0.7)]).with_statuses()
    edits = EditLog([make_edit(comp, "s1:0", "s2:1", "shared")])
    return sessions.Session(documents=docs, comparison=comp, edits=edits, view={"mode": "reading"})


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "valley.parallax"
    original = _session()
    sessions.save(path, original)
    back = sessions.load(path)
    assert back.documents == original.documents
    assert back.comparison is not None and original.comparison is not None
    assert back.comparison.to_json() == original.comparison.to_json()
    assert list(back.edits) == list(original.edits)
    assert back.view == {"mode": "reading"}
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]


def test_single_source_session_has_no_comparison(tmp_path: Path) -> None:
    s = sessions.Session(documents=[read_text(A, "a.txt")])
    back = sessions.from_json(sessions.to_json(s))
    assert back.comparison is None and len(back.documents) == 1


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("{not json", "damaged"),
        ("[1, 2]", "not a Parallax session"),
        ('{"format": "something.else", "version": 1}', "not a Parallax session"),
        ('{"format": "parallax.session"}', "no format version"),
        ('{"format": "parallax.session", "version": 1}', "damaged"),
    ],
)
def test_refuses_damaged_and_foreign(text: str, reason: str) -> None:
    with pytest.raises(DocumentFormatError, match=reason):
        sessions.from_json(text)


def test_refuses_newer_version_politely() -> None:
    data = json.loads(sessions.to_json(_session()))
    data["version"] = 7
    with pytest.raises(DocumentFormatError, match="newer Parallax"):
        sessions.from_json(json.dumps(data))


def test_refuses_inconsistent_content() -> None:
    data = json.loads(sessions.to_json(_session()))
    data["documents"][0]["text"] = "something else entirely"
    with pytest.raises(DocumentFormatError, match="damaged"):
        sessions.from_json(json.dumps(data))
    data = json.loads(sessions.to_json(_session()))
    data["comparison"]["sentences"][0]["end"] = 9999
    with pytest.raises(DocumentFormatError, match="damaged"):
        sessions.from_json(json.dumps(data))


def test_refuses_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "photo.parallax"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe")
    with pytest.raises(DocumentFormatError, match="not a Parallax session"):
        sessions.load(path)
