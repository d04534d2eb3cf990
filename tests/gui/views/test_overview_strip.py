"""The overview strip maps rows to heights both ways and asks to jump on a click."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from gui.views.overview_strip import OverviewStrip


def test_click_asks_for_the_row_under_the_mouse(qtbot) -> None:
    strip = OverviewStrip()
    qtbot.addWidget(strip)
    strip.resize(16, 400)
    strip.set_statuses(["shared"] * 30 + ["differing"] + ["unique"] * 9)
    assert strip.row_at(0) == 0 and strip.row_at(399) == 39
    assert strip.row_at(strip.y_of(30) + 1) == 30
    with qtbot.waitSignal(strip.rowClicked) as sig:
        qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(8, int(strip.y_of(30)) + 2))
    assert sig.args == [30]


def test_marks_are_painted_in_lanes_by_status(qtbot) -> None:
    strip = OverviewStrip()
    qtbot.addWidget(strip)
    strip.resize(16, 300)
    strip.set_statuses(["shared", "differing", "unique"])
    image = strip.grab().toImage()
    pal = strip.palette_roles
    assert image.pixelColor(2, 150) == pal.role("differing").accent
    assert image.pixelColor(14, 250) == pal.role("unique").accent
    assert image.pixelColor(2, 250) == pal.gap  # unique marks keep to the right lane: visible in greyscale too
    assert image.pixelColor(14, 50) == pal.gap  # shared marks keep to the left lane
