"""Property: whatever bytes or text come in, every reader returns a Document or raises SourceError."""

from __future__ import annotations

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.document import Document
from core.errors import SourceError
from core.readers import read_bytes, read_source, read_text
from core.readers.docx import read_docx
from core.readers.html import read_html
from core.readers.markdown import read_markdown
from core.readers.pdf import read_pdf
from core.readers.rtf import read_rtf

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Bytes that start like each supported format, so the format readers themselves get exercised.
PREFIXES = [b"", b"%PDF-1.4\n", b"PK\x03\x04", b"{\\rtf1 ", b"<html><body><p>", b"# ", b"\xef\xbb\xbf", b"\xff\xfe"]


def _check(call: object) -> None:
    try:
        result = call()  # type: ignore[operator]
    except SourceError as exc:
        assert exc.reason and exc.origin
        return
    assert isinstance(result, Document)
    for part in result.parts:
        assert 0 <= part.start < part.end <= len(result.text)
        assert result.text[part.start : part.end].strip() == result.text[part.start : part.end]


@SETTINGS
@given(prefix=st.sampled_from(PREFIXES), data=st.binary(max_size=2000), hint=st.sampled_from(["", "a.txt", "a.pdf"]))
def test_random_bytes(prefix: bytes, data: bytes, hint: str) -> None:
    blob = prefix + data
    _check(lambda: read_bytes(blob, "random", filename_hint=hint))
    _check(lambda: read_source("-", stdin=io.BytesIO(blob)))
    _check(lambda: read_pdf(blob, "random"))
    _check(lambda: read_docx(blob, "random"))
    _check(lambda: read_rtf(blob, "random"))


@SETTINGS
@given(text=st.text(max_size=1500))
def test_random_text(text: str) -> None:
    _check(lambda: read_text(text))
    _check(lambda: read_markdown(text, "random"))
    _check(lambda: read_html(text, "random"))
    _check(lambda: read_html(f"<html><body><article><p>{text}</p></article></body></html>", "random"))
