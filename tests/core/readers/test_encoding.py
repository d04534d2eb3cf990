"""Encodings: UTF-8 with/without BOM, UTF-16, Windows-1252, Latin-1; binary and undecodable bytes."""

from __future__ import annotations

import codecs

import pytest

from core.errors import SourceError
from core.readers import read_bytes
from core.readers.encoding import decode, looks_binary

ARTICLE = "The caf\u00e9 on Quay Street raised \u20ac1,200 for the \u201cflood fund\u201d, its owner said.\n"


@pytest.mark.parametrize(
    "data",
    [
        ARTICLE.encode("utf-8"),
        codecs.BOM_UTF8 + ARTICLE.encode("utf-8"),
        ARTICLE.encode("utf-16"),
        ARTICLE.encode("utf-16-le"),  # no BOM
        codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"),
        ARTICLE.encode("cp1252"),
        ARTICLE.replace("\r\n", "\n").encode("cp1252").replace(b"\n", b"\r\n"),
    ],
)
def test_each_encoding_reads_back_the_same_text(data: bytes):
    doc = read_bytes(data, "a.txt")
    assert doc.text == ARTICLE.strip()


def test_latin1_accents():
    text = "Le maire de Saint-L\u00e9ger a annonc\u00e9 une r\u00e9union pour la fa\u00e7ade de l'\u00e9glise.\n"
    assert decode(text.encode("latin-1"), "x") == text


def test_western_text_is_not_read_as_central_european():
    data = "Cr\u00e8me br\u00fbl\u00e9e and na\u00efve fa\u00e7ades at the \u00a310 market stall.".encode("cp1252")
    assert "cr\u00e8me" in decode(data, "x").lower()


def test_binary_bytes_are_refused():
    assert looks_binary(b"\x00\x01\x02abc\x00")
    with pytest.raises(SourceError, match="binary"):
        read_bytes(bytes(range(256)) * 4, "blob.txt")


def test_bad_utf16_is_refused():
    with pytest.raises(SourceError):
        read_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8", "x.txt")  # a lone surrogate
