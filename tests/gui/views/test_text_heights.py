"""Heights: an estimate at once, the exact value measured in idle time."""

from __future__ import annotations

from PySide6.QtGui import QFont

from gui.views.text_heights import PAD, TextHeights, layout_height, text_layout


def test_heights_start_estimated_and_become_exact(qtbot) -> None:
    heights = TextHeights()
    font = QFont()
    text = "A long sentence about the footbridge that will need to wrap over several lines at this width."
    guess = heights.height("x", text, 120, font)
    assert guess > 2 * PAD and heights.pending() == 1
    exact = layout_height(text_layout(text, 120, font))
    if guess != exact:
        with qtbot.waitSignal(heights.refined):
            pass
    qtbot.waitUntil(lambda: heights.pending() == 0)
    assert heights.height("x", text, 120, font) == exact


def test_the_key_is_the_text_so_a_new_document_reusing_ids_is_measured_again(qtbot) -> None:
    heights = TextHeights()
    font = QFont()
    heights.height("s1:0", "Short.", 200, font)
    qtbot.waitUntil(lambda: heights.pending() == 0)
    long_text = "A much longer sentence with the same id that certainly wraps onto more lines than before. " * 3
    assert heights.height("s1:0", long_text, 200, font) > heights.height("s1:0", "Short.", 200, font)
