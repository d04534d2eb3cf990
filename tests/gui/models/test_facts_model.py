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


def test_short_titles_drop_shared_first_words_and_elide_in_the_middle() -> None:
    from gui.models.facts_model import short_titles

    assert short_titles(["Week in the valley, report 1", "Week in the valley, report 12"]) == [
        "…report 1",
        "…report 12",
    ]
    assert short_titles(["Vellmar Radio", "The Courier"]) == ["Vellmar Radio", "The Courier"]
    long = short_titles(["The Lowmere and District Evening Chronicle", "Radio"], limit=20)[0]
    assert len(long) == 20 and long.startswith("The Lowm") and long.endswith("Chronicle") and "…" in long
    assert short_titles(["Same title", "Same title"]) == ["Same title", "Same title"]  # nothing left to drop


def test_header_shows_short_title_and_the_full_one_in_its_tooltip(store) -> None:
    model = FactsModel(Presentation(store))
    tip = model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Vellmar Radio")
    assert "\n" in tip  # the origin on its own line
    assert model.column_texts(2)[0] == "Vellmar Radio" and "19 people" in model.column_texts(2)
