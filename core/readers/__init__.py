"""Turn a file, URL, standard input or pasted text into a Document.

`read_source` is what the command line, the pipeline and the window call. The format
is judged by content (a PDF named .txt is still a PDF); the file name is a hint only.
Every failure is a `SourceError(origin, reason)` in plain words, never a traceback.
"""

from __future__ import annotations

import dataclasses
import os
import stat
from pathlib import Path
from typing import BinaryIO

from core.document import Document
from core.errors import SourceError
from core.readers.encoding import decode
from core.readers.plaintext import read_plain
from core.readers.sniff import binary_format, text_kind
from core.readers.stdin import ORIGIN as STDIN_ORIGIN
from core.readers.stdin import read_stdin_bytes
from core.readers.url import is_url, read_url

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

__all__ = ["DEFAULT_MAX_BYTES", "read_bytes", "read_source", "read_text"]


def read_source(
    spec: str, *, max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None, timeout: float = 15.0
) -> Document:
    """Read a path, an http(s) URL or "-" (standard input)."""
    if spec == "-":
        return read_bytes(read_stdin_bytes(stdin, max_bytes), STDIN_ORIGIN)
    if is_url(spec):
        return read_url(spec, max_bytes=max_bytes, timeout=timeout)
    data = _read_file(spec, max_bytes)
    doc = read_bytes(data, spec, filename_hint=os.path.basename(spec))
    if doc.title == spec:
        doc = dataclasses.replace(doc, title=Path(spec).stem or spec)
    return doc


def read_text(text: str, origin: str = "pasted text", title: str = "") -> Document:
    """Pasted text: the same clean-up as a .txt file."""
    if not text.strip():
        raise SourceError(origin, "it holds no text")
    return read_plain(text, origin, title)


def read_bytes(data: bytes, origin: str, *, filename_hint: str = "") -> Document:
    """Raw bytes of any supported format (dropped data, a file's content, stdin)."""
    if not data.strip():
        raise SourceError(origin, "it is empty" if not data else "it holds only white space")
    kind = binary_format(data, origin, filename_hint)
    if kind == "pdf":
        from core.readers.pdf import read_pdf

        return read_pdf(data, origin)
    if kind == "zip":
        from core.readers.docx import read_docx

        return read_docx(data, origin)
    if kind == "rtf":
        from core.readers.rtf import read_rtf

        return read_rtf(data, origin)
    return read_decoded(decode(data, origin), origin, filename_hint)


def read_decoded(text: str, origin: str, filename_hint: str = "") -> Document:
    """Decoded text: HTML, Markdown or plain text, judged by content."""
    if not text.strip():
        raise SourceError(origin, "it holds only white space")
    kind = text_kind(text, filename_hint)
    if kind == "data":
        raise SourceError(origin, "it is structured data (JSON or XML), not an article")
    if kind == "html":
        from core.readers.html import read_html

        return read_html(text, origin)
    if kind == "markdown":
        from core.readers.markdown import read_markdown

        doc = read_markdown(text, origin)
    else:
        doc = read_plain(text, origin)
    if not doc.parts:
        raise SourceError(origin, "it holds no readable text")
    return doc


def _read_file(spec: str, max_bytes: int) -> bytes:
    """A file's bytes; SourceError for missing paths, folders, permissions and the size cap."""
    try:
        info = os.stat(spec)
    except FileNotFoundError:
        hint = " (for a web page, start the address with https://)" if _looks_like_address(spec) else ""
        raise SourceError(spec, "no such file or folder" + hint) from None
    except PermissionError:
        raise SourceError(spec, "permission denied") from None
    except (OSError, ValueError) as exc:
        raise SourceError(spec, f"it cannot be opened ({getattr(exc, 'strerror', None) or exc})") from None
    if stat.S_ISDIR(info.st_mode):
        raise SourceError(spec, "it is a folder, not a file")
    if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode) or stat.S_ISSOCK(info.st_mode):
        raise SourceError(spec, "it is a device or socket, not a file")
    if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
        raise SourceError(spec, f"it is larger than the {max_bytes / (1024 * 1024):g} MB limit")
    try:
        with open(spec, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except PermissionError:
        raise SourceError(spec, "permission denied") from None
    except IsADirectoryError:
        raise SourceError(spec, "it is a folder, not a file") from None
    except OSError as exc:
        raise SourceError(spec, f"it cannot be read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise SourceError(spec, f"it is larger than the {max_bytes / (1024 * 1024):g} MB limit")
    return data


def _looks_like_address(spec: str) -> bool:
    """An address such as www.example.org/story typed without a scheme."""
    host = spec.split("/", 1)[0]
    return spec.startswith("www.") or (host.count(".") >= 2 and "/" in spec and " " not in host)
