"""The facts panel: differing facts across sources; choosing one reveals its sentences."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gui.views.facts_panel import FactsPanel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_shows_differing_facts_and_switches_to_all(qtbot, store) -> None:
    panel = FactsPanel(store)
    qtbot.addWidget(panel)
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 2).data() == "19 people"
    panel.show_all.setChecked(True)
    assert panel.model.rowCount() == 2
    panel.set_differing_only(True)
    assert not panel.show_all.isChecked() and panel.model.rowCount() == 1


def test_selecting_a_row_reveals_the_sentences_in_every_column(qtbot, store, widget) -> None:
    panel = FactsPanel(store, presentation=widget.presentation)
    qtbot.addWidget(panel)
    panel.show()
    panel.factActivated.connect(widget.reveal_fact)
    widget.set_view_mode("reading")
    rect = panel.table.visualRect(panel.model.index(0, 1))
    with qtbot.waitSignal(panel.factActivated) as sig:
        qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert sig.args == ["f1"]
    assert widget.selected_sentences() == ["s1:1", "s2:1", "s3:1"]
    tops = [widget.reading.sentence_y(s) for s in ("s1:1", "s2:1", "s3:1")]
    assert None not in tops and max(tops) - min(tops) <= 1  # level with each other


def test_dark_theme_tints_the_rows(qtbot, store) -> None:
    panel = FactsPanel(store)
    qtbot.addWidget(panel)
    light = panel.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color()
    panel.set_dark(True)
    dark = panel.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color()
    assert dark.lightness() < light.lightness()


def test_columns_fit_their_headers_and_values(qtbot, store) -> None:
    """No header or value clipped at either end: each column is as wide as what it shows."""
    panel = FactsPanel(store)
    qtbot.addWidget(panel)
    panel.resize(900, 300)
    panel.show()
    qtbot.waitExposed(panel)
    header = panel.table.horizontalHeader()
    for col in range(panel.model.columnCount() - 1):  # the last one stretches to the edge
        texts = panel.model.column_texts(col)
        need = max(header.fontMetrics().horizontalAdvance(texts[0]),
                   *(panel.table.fontMetrics().horizontalAdvance(t) for t in texts[1:]))
        assert panel.table.columnWidth(col) >= need, (col, texts)
    assert panel.table.verticalHeader().sectionSize(0) >= panel.table.fontMetrics().height()
