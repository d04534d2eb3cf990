"""Connector bands are painted where linked sentences of neighbouring columns are."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_connector_band_is_painted_between_linked_rows(qtbot, widget) -> None:
    widget.set_view_mode("reading")
    connector = widget.reading.connectors[0]
    qtbot.waitUntil(lambda: connector.height() > 50)
    image = connector.grab().toImage()
    top, bottom = connector._span(connector.left, "s1:1")
    y = int((top + bottom) / 2)
    painted = image.pixelColor(2, y)
    assert painted != widget.palette_roles().base  # a band leaves the differing sentence
    below = widget.reading.lists[0].sentence_rect("s1:3").bottom() + 30
    assert image.pixelColor(connector.width() // 2, below) == widget.palette_roles().base
