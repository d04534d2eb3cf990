"""RTF via striprtf: control words removed, \\par becomes a line break, then plain-text clean-up."""

from __future__ import annotations

from striprtf.striprtf import rtf_to_text

from core.cleanup import document_from_text
from core.document import Document
from core.errors import SourceError


def read_rtf(data: bytes, origin: str, title: str = "") -> Document:
    """RTF is 7-bit text with escapes; bytes above 127 are read as Windows-1252, the RTF default."""
    source = data.decode("cp1252", errors="replace")
    try:
        text = rtf_to_text(source, errors="replace")
    except Exception:  # striprtf trips over some malformed groups; report it as a damaged file
        raise SourceError(origin, "the RTF file is damaged and could not be read") from None
    if not text.strip():
        raise SourceError(origin, "the RTF file holds no text")
    return document_from_text(text, origin, title)
