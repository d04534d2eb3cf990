"""RTF via striprtf, Windows-1252 escapes included."""

from __future__ import annotations

import pytest

from core.errors import SourceError
from core.readers import read_bytes
from tests.core.readers.makers import make_rtf


def test_rtf_paragraphs_and_escapes():
    data = make_rtf(["Bakery wins award", "The caf\u00e9 raised \u20ac300 for the lifeboat station on Saturday."])
    doc = read_bytes(data, "award.rtf")
    parts = [(p.kind, doc.text[p.start : p.end]) for p in doc.parts]
    assert parts == [
        ("title", "Bakery wins award"),
        ("paragraph", "The caf\u00e9 raised \u20ac300 for the lifeboat station on Saturday."),
    ]


def test_empty_rtf_is_refused():
    with pytest.raises(SourceError, match="no text"):
        read_bytes(b"{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}}", "empty.rtf")
