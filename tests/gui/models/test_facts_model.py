"""FactsModel: one row per fact, one column per source, differing facts unless all are asked for."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui.models.facts_model import FactsModel
from gui.models.presentation import Presentation
from gui.models.roles import Roles


def test_model_passes_the_model_tester(qtmodeltester, store) -> None:
    model = FactsModel(Presentation(store))
    qtmodeltester.check(model)
    model.set_differing_only(False)
    qtmodeltester.check(model)


def test_a_differing_fact_reads_across_the_sources(store) -> None:
    model = FactsModel(Presentation(store))
    assert model.rowCount() == 1
    values = [model.index(0, c).data() for c in range(model.columnCount())]
    assert values == ["≠ hurt", "14 people", "19 people", "14 people"]
    assert model.index(0, 0).data(Roles.FactId) == "f1"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Vellmar Radio"
    assert "Vellmar Radio: 19 people" in model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)


def test_all_facts_include_the_shared_ones(store) -> None:
    model = FactsModel(Presentation(store))
    model.set_differing_only(False)
    assert model.rowCount() == 2
    assert model.index(1, 0).data() == "= day"
    assert model.index(1, 0).data(Roles.Status) == "shared"
