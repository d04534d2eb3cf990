"""Where "next difference" and "find" go: pure functions over a Layout, so views only ask and scroll."""

from __future__ import annotations

from collections.abc import Callable

from gui.models.layout import Layout, difference_rows
from gui.models.status_filter import status_visible

_WANTED = ("differing", "unique")


def sentence_visible(layout: Layout, sentence_id: str, visible: frozenset[str], by_row: bool) -> bool:
    """Aligned rows are filtered by the row's status, reading order by the sentence's own."""
    row = layout.row_of.get(sentence_id, -1)
    if row < 0:
        return False
    status = layout.rows[row].status if by_row else layout.sentences[sentence_id].status
    return status_visible(status, visible)


def step_difference(layout: Layout, visible: frozenset[str], current_row: int, forward: bool) -> int | None:
    """The next (or previous) difference row after `current_row` (-1 = before the first), or None."""
    rows = difference_rows(layout, set(visible))
    if forward:
        return next((r for r in rows if r > current_row), None)
    return next((r for r in reversed(rows) if r < current_row), None)


def difference_sentence(layout: Layout, row: int) -> str:
    """The sentence that stands for a difference row: its first differing or unique one."""
    ids = [i for cell in layout.rows[row].cells for i in cell]
    return next((i for i in ids if layout.sentences[i].status in _WANTED), ids[0])


def position(layout: Layout, visible: frozenset[str], sentence_id: str | None) -> tuple[int, int]:
    """("3 of 12") the difference the sentence belongs to (0 when none), and how many there are."""
    rows = difference_rows(layout, set(visible))
    row = layout.row_of.get(sentence_id, -1) if sentence_id else -1
    return (rows.index(row) + 1 if row in rows else 0), len(rows)


def find_sentence(
    layout: Layout, text: str, after: str | None, backwards: bool, visible: Callable[[str], bool]
) -> str | None:
    """The next sentence (in aligned-row order, wrapping) that contains `text`, case-insensitively."""
    needle = text.casefold().strip()
    if not needle:
        return None
    order = [i for row in layout.rows for cell in row.cells for i in cell]
    n = len(order)
    start = order.index(after) if after in layout.row_of else (n if backwards else -1)
    for step in range(1, n + 1):
        sid = order[(start - step) % n if backwards else (start + step) % n]
        if needle in layout.sentences[sid].text.casefold() and visible(sid):
            return sid
    return None
