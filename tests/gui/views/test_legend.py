"""The legend explains the glyphs and says where in the differences the reader is."""

from __future__ import annotations

from gui.palette import palette_for
from gui.views.legend import LegendBar


def test_position_reads_k_of_n(qtbot) -> None:
    legend = LegendBar()
    qtbot.addWidget(legend)
    assert legend.position.text() == "no differences"
    legend.set_position(0, 12)
    assert legend.position.text() == "12 differences"
    legend.set_position(3, 12)
    assert legend.position.text() == "difference 3 of 12"


def test_every_status_is_explained_with_its_glyph(qtbot) -> None:
    legend = LegendBar()
    qtbot.addWidget(legend)
    legend.set_palette(palette_for(True))
    for name, glyph in (("shared", "="), ("differing", "≠"), ("unique", "+")):
        text = legend.keys[name].text()
        assert glyph in text and palette_for(True).role(name).accent.name() in text
