"""The `.parallax` session file: everything needed to reopen a comparison offline.

A session holds the contract document, the imported sources (text, title,
origin and paragraph parts, so the comparison can be recomputed when sources
are added) and the person's manual edits. It never needs the original files or
the network. Saving is atomic; reading refuses damaged, foreign and newer files
with a message that says which.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.atomic import write_bytes_atomic
from core.document import Document, Part
from core.edits import EditLog
from core.errors import DocumentFormatError
from core.model import Comparison

FORMAT = "parallax.session"
VERSION = 1
SUFFIX = ".parallax"
MAX_BYTES = 256 * 1024 * 1024  # a session larger than this is not one we wrote
PART_KINDS = frozenset({"title", "heading", "byline", "dateline", "caption", "boilerplate", "paragraph", "list_item"})


@dataclass
class Session:
    """The imported documents (in source order), their comparison (None below two) and the edits."""

    documents: list[Document]
    comparison: Comparison | None = None
    edits: EditLog = field(default_factory=EditLog)
    view: dict[str, Any] = field(default_factory=dict)


def to_json(session: Session) -> str:
    data = {
        "format": FORMAT,
        "version": VERSION,
        "documents": [_document_dict(d) for d in session.documents],
        "comparison": session.comparison.to_dict() if session.comparison is not None else None,
        "edits": session.edits.to_list(),
        "view": session.view,
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def from_json(text: str) -> Session:
    """Parse a session, raising DocumentFormatError for anything damaged, foreign or newer."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DocumentFormatError(f"it is damaged (not valid JSON at line {exc.lineno})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise DocumentFormatError("it is not a Parallax session")
    version = data.get("version")
    if not isinstance(version, int):
        raise DocumentFormatError("it is damaged (no format version)")
    if version > VERSION:
        raise DocumentFormatError(
            f"it was saved by a newer Parallax (session version {version}; this one reads up to {VERSION}). "
            "Please update Parallax to open it."
        )
    try:
        documents = [_document_from(d) for d in data["documents"]]
        raw = data.get("comparison")
        comparison = Comparison.from_dict(raw) if raw is not None else None
        edits = EditLog.from_list(data.get("edits", []))
        view = data.get("view") or {}
    except DocumentFormatError as exc:
        raise DocumentFormatError(f"it is damaged ({exc})") from None
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise DocumentFormatError(f"it is damaged ({exc!s})") from None
    if not isinstance(view, dict):
        raise DocumentFormatError("it is damaged (the view state is not an object)")
    if comparison is not None and [s.text for s in comparison.sources] != [d.text for d in documents]:
        raise DocumentFormatError("it is damaged (the comparison does not match its sources)")
    return Session(documents=documents, comparison=comparison, edits=edits, view=view)


def save(path: str | os.PathLike[str], session: Session) -> None:
    """Write atomically: a crash mid-save leaves the previous file intact."""
    write_bytes_atomic(path, to_json(session).encode("utf-8"))


def load(path: str | os.PathLike[str]) -> Session:
    """Read a session file; DocumentFormatError names the reason (OSError passes through)."""
    p = Path(path)
    if p.stat().st_size > MAX_BYTES:
        raise DocumentFormatError("it is too large to be a Parallax session")
    raw = p.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise DocumentFormatError("it is not a Parallax session (not UTF-8 text)") from None
    return from_json(text)


def from_comparison(comparison: Comparison) -> Session:
    """A session around an exported contract document (no edits; each source one paragraph part)."""
    documents = [
        Document(title=s.title, origin=s.origin, text=s.text, parts=(Part("paragraph", 0, len(s.text)),))
        for s in comparison.sources
    ]
    return Session(documents=documents, comparison=comparison)


def _document_dict(d: Document) -> dict[str, Any]:
    return {
        "title": d.title,
        "origin": d.origin,
        "language": d.language,
        "text": d.text,
        "parts": [[p.kind, p.start, p.end] for p in d.parts],
    }


def _document_from(data: Any) -> Document:
    text = str(data["text"])
    parts = []
    for kind, start, end in data["parts"]:
        if kind not in PART_KINDS or not (0 <= int(start) <= int(end) <= len(text)):
            raise DocumentFormatError(f"a part of {data.get('origin')!r} is out of range")
        parts.append(Part(kind, int(start), int(end)))
    return Document(
        title=str(data["title"]),
        origin=str(data["origin"]),
        text=text,
        parts=tuple(parts),
        language=str(data.get("language", "en")),
    )
