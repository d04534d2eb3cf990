"""Formats are judged by content; the file name only hints."""

from __future__ import annotations

import pytest

from core.errors import SourceError
from core.readers import read_bytes
from core.readers.sniff import binary_format, text_kind
from tests.core.readers.makers import make_pdf


def test_pdf_named_txt_is_read_as_pdf():
    doc = read_bytes(make_pdf([["Ferry services resumed on Tuesday morning."]]), "notes.txt", filename_hint="notes.txt")
    assert "Ferry services resumed" in doc.text


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "PNG image"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 40, "JPEG image"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 40, "old Microsoft Office"),
        (b"\x1f\x8b\x08\x00" + b"\x00" * 40, "gzip"),
    ],
)
def test_known_binaries_are_named(data: bytes, what: str):
    with pytest.raises(SourceError, match=what):
        read_bytes(data, "article.txt", filename_hint="article.txt")


def test_encrypted_office_file_is_named():
    with pytest.raises(SourceError, match="encrypted"):
        read_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 40, "secret.docx", filename_hint="secret.docx")


def test_misnamed_pdf_and_docx_are_refused():
    with pytest.raises(SourceError, match="not a PDF"):
        binary_format(b"\x00\x01\x02", "a.pdf", "a.pdf")
    with pytest.raises(SourceError, match="not a valid Word document"):
        read_bytes(b"This is plain text pretending to be a Word file.", "a.docx", filename_hint="a.docx")


def test_text_kinds():
    assert text_kind("<!DOCTYPE html><html><body><p>x</p></body></html>") == "html"
    assert text_kind("<p>x</p>", "page.htm") == "html"
    assert text_kind("# Title\n\nText with a [link](http://example.invalid).\n") == "markdown"
    assert text_kind("Plain words.", "notes.md") == "markdown"
    assert text_kind("A plain article. It mentions #hashtags and a - dash.\n") == "text"


def test_json_and_xml_data_are_refused():
    for data in (b'{"headline": "Ferry fares rise", "words": 400}', b"<?xml version='1.0'?><rss><item/></rss>"):
        with pytest.raises(SourceError, match="structured data"):
            read_bytes(data, "feed")
