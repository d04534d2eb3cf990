"""Presentation keeps one layout in step with the store."""

from __future__ import annotations

from core.model import Link
from gui.models.presentation import Presentation


def test_rebuilds_on_change_and_caches_items(qtbot, store) -> None:
    p = Presentation(store)
    item = p.item("s1:2")
    assert item is p.item("s1:2") and item.status == "unique"
    with qtbot.waitSignal(p.changed):
        store.add_link(Link("s1:2", "s2:2", "shared", 1.0, manual=True))
    assert p.item("s1:2").status == "shared"
    assert p.layout().row_of["s1:2"] == p.layout().row_of["s2:2"]


def test_forwards_reset(qtbot, store) -> None:
    p = Presentation(store)
    with qtbot.waitSignal(p.reset):
        store.set_comparison(None)
    assert p.layout().rows == []
