"""PDF via pypdf: page text in reading order, hyphenated line ends rejoined, then plain-text clean-up.

pypdf gives each page's lines without paragraph gaps, so the shared wrap joiner
(short line ending a sentence = paragraph end) rebuilds paragraphs.
"""

from __future__ import annotations

import io
import logging
import re
from typing import Any

from core.cleanup import document_from_text
from core.document import Document
from core.errors import SourceError

# "govern-\nment" -> "government": a hyphen at a line end between lower-case letters.
_WORD = re.compile(r"\w+")
_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=[a-z\u00e0-\u00ff])")

logging.getLogger("pypdf").setLevel(logging.ERROR)


def pdf_text(data: bytes, origin: str) -> str:
    """All pages' text, pages separated by a newline; SourceError for encrypted, corrupt or image-only files."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except (DependencyError, NotImplementedError):
                ok = 0
            if not ok:
                raise SourceError(origin, "the PDF is encrypted (password-protected) and cannot be read")
        pages = [_page_text(page) for page in reader.pages]
    except SourceError:
        raise
    except FileNotDecryptedError:
        raise SourceError(origin, "the PDF is encrypted (password-protected) and cannot be read") from None
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, AssertionError, OSError):
        raise SourceError(origin, "the PDF is damaged or not a valid PDF file") from None
    except RecursionError:
        raise SourceError(origin, "the PDF is damaged or not a valid PDF file") from None
    except Exception:  # pypdf raises assorted errors on corrupt files; none may reach the user as a traceback
        raise SourceError(origin, "the PDF is damaged or not a valid PDF file") from None
    if not pages:
        raise SourceError(origin, "the PDF has no pages")
    text = "\n".join(pages)
    if not text.strip():
        raise SourceError(origin, "the PDF has no text layer (it is probably scanned images); nothing to read")
    return _HYPHEN_BREAK.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _page_text(page: Any) -> str:
    """Plain extraction (reading order), with the paragraph gaps of layout mode when both agree.

    Layout mode turns a vertical gap into a blank line, which marks paragraphs the way a
    reader sees them; but it lays columns side by side, so it is used only when it holds the
    same words in the same order as plain mode.
    """
    plain = page.extract_text() or ""
    try:
        layout = page.extract_text(extraction_mode="layout") or ""
    except Exception:  # layout mode is a refinement; any failure keeps the plain text
        return plain
    if _WORD.findall(layout) != _WORD.findall(plain):
        return plain
    lines = [line.rstrip() for line in layout.split("\n")]
    margin = min((len(line) - len(line.lstrip()) for line in lines if line.strip()), default=0)
    return "\n".join(line[margin:] for line in lines)


def read_pdf(data: bytes, origin: str, title: str = "") -> Document:
    return document_from_text(pdf_text(data, origin), origin, title)
