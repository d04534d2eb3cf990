"""PDF via pypdf: reading order, hyphenation rejoined; encrypted, corrupt and image-only files refused."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfWriter

from core.errors import SourceError
from core.readers import read_bytes
from tests.core.readers.makers import make_pdf

LINES = [
    "Kelby town council approved a new harbour wall on Wednesday after",
    "a two-year dispute over its cost, which rose to 6.2 million euros",
    "because of higher steel prices and a redesign of the foundations, offi-",
    "cials said at the meeting in the town hall.",
    "Work starts in May.",
]


def test_pdf_text_in_order_with_hyphens_rejoined():
    doc = read_bytes(make_pdf([LINES, ["The contractor has not yet been named."]]), "wall.pdf")
    paras = [doc.text[p.start : p.end] for p in doc.parts]
    assert paras[0].startswith("Kelby town council approved")
    assert "a two-year dispute" in paras[0]
    assert "officials said at the meeting" in paras[0]
    assert paras[1:] == ["Work starts in May.", "The contractor has not yet been named."]


def test_vertical_gap_ends_a_paragraph_even_after_a_full_line():
    lines = [
        "The museum will close for repairs in January, its director said, and",
        "reopen in the autumn with a new wing for the maritime collection.",
        "",
        "Volunteers will move about 2,000 objects into storage before the work starts,",
        "a job that is expected to take six weeks.",
    ]
    doc = read_bytes(make_pdf([lines]), "museum.pdf")
    assert [doc.text[p.start : p.end][:20] for p in doc.parts] == ["The museum will clos", "Volunteers will move"]


def test_encrypted_pdf_is_refused():
    writer = PdfWriter(clone_from=io.BytesIO(make_pdf([LINES])))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    with pytest.raises(SourceError, match="encrypted"):
        read_bytes(buf.getvalue(), "locked.pdf")


def test_image_only_pdf_is_refused():
    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    buf = io.BytesIO()
    writer.write(buf)
    with pytest.raises(SourceError, match="no text layer"):
        read_bytes(buf.getvalue(), "scan.pdf")


@pytest.mark.parametrize("data", [b"%PDF-1.4\n garbage that is not a pdf", make_pdf([LINES])[:200]])
def test_corrupt_pdf_is_refused(data: bytes):
    with pytest.raises(SourceError, match="PDF"):
        read_bytes(data, "broken.pdf")
