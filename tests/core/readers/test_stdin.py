"""Standard input ("-"), read up to the size cap."""

from __future__ import annotations

import io

import pytest

from core.errors import SourceError
from core.readers import read_source


def test_stdin_text():
    doc = read_source("-", stdin=io.BytesIO(b"Tram line reopens\n\nThe tram line reopened on Friday.\n"))
    assert doc.origin == "standard input"
    assert doc.text == "Tram line reopens\n\nThe tram line reopened on Friday."


def test_stdin_over_cap_and_empty():
    with pytest.raises(SourceError, match="larger than"):
        read_source("-", stdin=io.BytesIO(b"x" * 2000), max_bytes=1000)
    with pytest.raises(SourceError, match="empty"):
        read_source("-", stdin=io.BytesIO(b""))
