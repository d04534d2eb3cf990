"""Custom item-data roles shared by the models and the delegates that paint them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import Qt

from gui.models.layout import ConflictSpan


class Roles(IntEnum):
    """Roles beyond Qt's: what a delegate needs to paint a cell without computing anything."""

    Items = Qt.ItemDataRole.UserRole + 1  # tuple[SentenceItem, ...] in the cell, top to bottom
    Status = Qt.ItemDataRole.UserRole + 2  # the row's (or sentence's) status, for filters and overview
    SentenceIds = Qt.ItemDataRole.UserRole + 3  # tuple[str, ...]
    Glyphs = Qt.ItemDataRole.UserRole + 4  # str: margin glyphs of the cell's sentences ("=", "≠ +")
    FactId = Qt.ItemDataRole.UserRole + 5
    SourceId = Qt.ItemDataRole.UserRole + 6


@dataclass(frozen=True)
class SentenceItem:
    """One sentence as a delegate paints it."""

    id: str
    source: str
    text: str
    status: str
    spans: tuple[ConflictSpan, ...] = ()
