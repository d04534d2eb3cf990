"""AlignedRowsModel over the store: rows, roles, headers, and updates after an edit."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.model import Link
from gui.models.aligned_rows_model import AlignedRowsModel
from gui.models.presentation import Presentation
from gui.models.roles import Roles


def test_model_passes_the_model_tester(qtmodeltester, store) -> None:
    model = AlignedRowsModel(Presentation(store))
    qtmodeltester.check(model)
    assert model.rowCount() == 7 and model.columnCount() == 3


def test_cells_carry_sentences_statuses_and_glyphs(store) -> None:
    model = AlignedRowsModel(Presentation(store))
    row = model.row_of("s1:1")
    index = model.index(row, 1)
    assert index.data() == "Hospital staff treated 19 people for injuries."
    assert index.data(Roles.Status) == "differing"
    assert index.data(Roles.Glyphs) == "≠"
    (item,) = index.data(Roles.Items)
    assert item.id == "s2:1" and item.spans[0].text == "19 people"
    gap = model.index(model.row_of("s2:2"), 0)
    assert gap.data(Roles.Items) == () and gap.data() == ""
    assert model.index(model.row_of("s3:3"), 2).data(Roles.Glyphs) == "·"


def test_headers_show_title_and_origin(store) -> None:
    model = AlignedRowsModel(Presentation(store))
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Coast Herald\nhttps://herald.example/vellmar-bridge"
    assert model.headerData(2, Qt.Orientation.Horizontal).startswith("Wire report\n")


def test_an_edit_in_the_store_regroups_the_rows(qtbot, store) -> None:
    model = AlignedRowsModel(Presentation(store))
    before = model.rowCount()
    with qtbot.waitSignal(model.modelReset):
        store.add_link(Link("s1:2", "s3:2", "shared", 1.0, manual=True))
    assert model.rowCount() == before - 1
    assert model.row_of("s1:2") == model.row_of("s3:2")
    assert model.index(model.row_of("s1:2"), 0).data(Roles.Status) == "shared"


def test_a_relation_change_updates_rows_in_place_and_a_link_resets(qtbot, store) -> None:
    """Toggling shared/differing repaints the row (no reset, so views keep their row heights)."""
    model = AlignedRowsModel(Presentation(store))
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    row = model.row_of("s1:0")
    with qtbot.waitSignal(model.dataChanged) as changed:
        store.set_relation("s1:0", "s2:0", "differing")
    assert changed.args[0].row() == row and not resets
    assert model.index(row, 0).data(Roles.Status) == "differing"
    store.add_link(Link("s1:2", "s2:2", "shared", 1.0, manual=True))
    assert resets == [1]
