"""DOCX via python-docx: headings by style, lists, tables; not-a-zip and zip bombs refused."""

from __future__ import annotations

import io
import zipfile

import pytest

from core.errors import SourceError
from core.readers import docx as docx_reader
from core.readers import read_bytes
from tests.core.readers.makers import make_docx


def test_docx_parts_by_style():
    data = make_docx(
        [
            ("Title", "Orchard festival returns"),
            ("", "By Wyn Halloway"),
            ("", "The Pellbury orchard festival returns this autumn after a two-year break, organisers said."),
            ("Heading 1", "Programme"),
            ("List Bullet", "cider pressing on Saturday"),
            ("table", "Tickets | 12 euros"),
        ]
    )
    doc = read_bytes(data, "festival.docx", filename_hint="festival.docx")
    parts = [(p.kind, doc.text[p.start : p.end]) for p in doc.parts]
    assert parts == [
        ("title", "Orchard festival returns"),
        ("byline", "By Wyn Halloway"),
        ("paragraph", "The Pellbury orchard festival returns this autumn after a two-year break, organisers said."),
        ("heading", "Programme"),
        ("list_item", "cider pressing on Saturday"),
        ("paragraph", "Tickets | 12 euros"),
    ]
    assert doc.title == "Orchard festival returns"


def _zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buf.getvalue()


def test_zip_bomb_is_refused(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(docx_reader, "MAX_UNZIPPED", 1024 * 1024)
    data = _zip({"word/document.xml": b"<w/>" + b" " * (4 * 1024 * 1024)})
    with pytest.raises(SourceError, match="zip bomb"):
        read_bytes(data, "bomb.docx")


def test_other_zips_and_damaged_docx_are_refused():
    with pytest.raises(SourceError, match="ZIP archive, not a Word document"):
        read_bytes(_zip({"notes.txt": b"hello"}), "notes.zip")
    with pytest.raises(SourceError, match="damaged"):
        read_bytes(_zip({"word/document.xml": b"<not really xml"}), "broken.docx")
    with pytest.raises(SourceError, match="not a valid Word document"):
        read_bytes(b"PK\x03\x04" + b"\x00" * 30, "cut.docx")
