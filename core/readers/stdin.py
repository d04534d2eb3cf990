"""Standard input ("-"): read at most the size cap, so a runaway pipe cannot fill memory."""

from __future__ import annotations

import sys
from typing import BinaryIO

from core.errors import SourceError

ORIGIN = "standard input"


def read_stdin_bytes(stream: BinaryIO | None, max_bytes: int) -> bytes:
    """All of stdin, or SourceError when it is a terminal with nothing piped, or over the cap."""
    if stream is None:
        if sys.stdin is None:
            raise SourceError(ORIGIN, "there is no standard input")
        if sys.stdin.isatty():
            raise SourceError(ORIGIN, "nothing was piped in (standard input is a terminal)")
        stream = sys.stdin.buffer
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = stream.read(min(1 << 20, max_bytes + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            raise SourceError(ORIGIN, f"the input is larger than the {_mb(max_bytes)} limit")
    return b"".join(chunks)


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):g} MB"
