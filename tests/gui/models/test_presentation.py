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


def test_an_edit_tells_which_pair_changed_and_recomputes_only_its_statuses(qtbot, store) -> None:
    before = {s.id: s for s in store.comparison().sentences}
    store.add_link(Link("s1:2", "s2:2", "shared", 1.0, manual=True))
    assert store.last_edit() == frozenset({"s1:2", "s2:2"})
    after = {s.id: s for s in store.comparison().sentences}
    assert {i for i in after if after[i] is not before[i]} == {"s1:2", "s2:2"}
    assert store.comparison().with_statuses().sentences == store.comparison().sentences  # as core would say
    store.set_comparison(store.comparison())
    assert store.last_edit() is None
