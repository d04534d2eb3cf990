"""Judge a source's format by its content; the file name is only a hint.

A PDF named .txt is still read as a PDF, and an image named .txt is refused as an
image. Only formats Parallax reads get past `binary_format`.
"""

from __future__ import annotations

import json
import re

from core.errors import SourceError

# Magic numbers of common files that are not articles, so the message can say what they are.
_UNSUPPORTED: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (.doc/.xls); save it as .docx"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"\x7fELF", "a program"),
    (b"ID3", "an audio file"),
    (b"OggS", "an audio or video file"),
    (b"fLaC", "an audio file"),
    (b"%!PS", "a PostScript file"),
    (b"SQLite format 3\x00", "a database"),
)

_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_HTML_TAGS = re.compile(r"<(?:p|div|br|body|article|h[1-6]|span|a\s|section|ul|li|table)\b[^>]*>", re.I)
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+\S", re.M)
_MD_SIGNALS = (
    _MD_HEADING,
    re.compile(r"\[[^\]\n]+\]\([^)\s]+\)"),  # [text](url)
    re.compile(r"(?:\*\*|__)[^*_\n]+(?:\*\*|__)"),  # **bold**
    re.compile(r"^[ \t]*[-*+][ \t]+\S", re.M),  # bullet lines
    re.compile(r"^(?:=+|-+)[ \t]*$", re.M),  # setext underline
)


def binary_format(data: bytes, origin: str, hint: str = "") -> str | None:
    """'pdf', 'zip' or 'rtf' for document formats, None for text; SourceError for other binaries."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return "zip"
    if data.lstrip()[:5].lower() == b"{\\rtf":
        return "rtf"
    if data[4:8] == b"ftyp":
        raise SourceError(origin, "it is a video or image file, not an article")
    if data.startswith(b"RIFF"):
        raise SourceError(origin, "it is an audio, video or image file, not an article")
    suffix = hint.lower().rsplit(".", 1)[-1] if "." in hint else ""
    if data.startswith(b"\xd0\xcf\x11\xe0") and suffix in ("docx", "xlsx", "pptx"):
        raise SourceError(origin, "it is a password-protected (encrypted) Office document; save an unprotected copy")
    for magic, what in _UNSUPPORTED:
        if data.startswith(magic):
            raise SourceError(origin, f"it is {what}, not an article")
    if suffix == "pdf":
        raise SourceError(origin, "it is named .pdf but is not a PDF file")
    if suffix == "docx":
        raise SourceError(origin, "it is named .docx but is not a valid Word document (not a ZIP file)")
    return None


def text_kind(text: str, hint: str = "") -> str:
    """'html', 'markdown' or 'text' for decoded text; 'data' for JSON or non-HTML XML."""
    suffix = hint.lower().rsplit(".", 1)[-1] if "." in hint else ""
    head = text[:20000]
    if _HTML_START.match(head):
        return "html"
    if _looks_like_data(text):
        return "data"
    if suffix in ("html", "htm", "xhtml", "shtml") and "<" in head:
        return "html"
    if len(_HTML_TAGS.findall(head)) >= 5:
        return "html"
    if suffix in ("md", "markdown", "mdown", "mkd"):
        return "markdown"
    signals = sum(1 for p in _MD_SIGNALS if p.search(head))
    if len(_MD_HEADING.findall(head)) >= 2 or (signals >= 2 and _MD_HEADING.search(head)):
        return "markdown"
    return "text"


def _looks_like_data(text: str) -> bool:
    """JSON documents and XML that is not a web page (feeds, SVG, office XML) are data, not articles."""
    stripped = text.lstrip()
    if stripped[:1] in "{[" and stripped.rstrip()[-1:] in "}]":
        try:
            json.loads(stripped)
        except ValueError:
            return False
        return True
    return stripped.startswith("<?xml") and "<html" not in stripped[:5000].lower()
