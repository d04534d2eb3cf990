"""Turn a file, URL, stdin or pasted text into a Document (initial version; see issue 4)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO

from core.document import Document, Part
from core.errors import SourceError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def read_text(text: str, origin: str = "pasted text", title: str = "") -> Document:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    parts = []
    pos = 0
    for block in text.split("\n\n"):
        stripped = block.strip()
        if stripped:
            a = text.index(stripped, pos)
            parts.append(Part("paragraph", a, a + len(stripped)))
            pos = a + len(stripped)
    if not parts:
        raise SourceError(origin, "it holds no text")
    return Document(title=title or origin, origin=origin, text=text, parts=tuple(parts))


def read_source(spec: str, *, max_bytes: int = DEFAULT_MAX_BYTES, stdin: BinaryIO | None = None) -> Document:
    if spec == "-":
        data = (stdin or sys.stdin.buffer).read(max_bytes + 1)
        return read_text(data.decode("utf-8", "replace"), origin="standard input")
    path = Path(spec)
    if not path.exists():
        raise SourceError(spec, "no such file")
    return read_text(path.read_text(encoding="utf-8", errors="replace"), origin=spec, title=path.stem)
