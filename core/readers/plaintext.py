"""Plain text (.txt, pasted, piped): line ends normalised, hard wraps joined, parts classified."""

from __future__ import annotations

from core.cleanup import document_from_text
from core.document import Document


def read_plain(text: str, origin: str, title: str = "") -> Document:
    return document_from_text(text, origin, title)
