"""Next/previous difference, "k of n" and find, as pure functions over the layout."""

from __future__ import annotations

from gui.models.layout import build_layout
from gui.models.navigation import difference_sentence, find_sentence, position, sentence_visible, step_difference
from gui.models.status_filter import ALL_STATUSES
from tests.gui.views.invented import bridge


def test_stepping_through_differences() -> None:
    layout = build_layout(bridge())
    first = step_difference(layout, ALL_STATUSES, -1, True)
    assert difference_sentence(layout, first) == "s1:1"
    assert position(layout, ALL_STATUSES, "s1:1") == (1, 4)
    second = step_difference(layout, ALL_STATUSES, first, True)
    assert position(layout, ALL_STATUSES, difference_sentence(layout, second)) == (2, 4)
    assert step_difference(layout, ALL_STATUSES, first, False) is None
    assert position(layout, ALL_STATUSES, "s1:0") == (0, 4)
    assert position(layout, frozenset({"unique"}), "s1:1") == (0, 3)


def test_find_wraps_and_respects_visibility() -> None:
    layout = build_layout(bridge())
    everything = lambda _sid: True  # noqa: E731
    assert find_sentence(layout, "vellmar", None, False, everything) == "s1:0"
    assert find_sentence(layout, "vellmar", "s1:0", False, everything) == "s2:0"
    assert find_sentence(layout, "vellmar", "s1:0", True, everything) == "s3:0"
    assert find_sentence(layout, "  ", None, False, everything) is None
    only_unique = lambda sid: sentence_visible(layout, sid, frozenset({"unique"}), True)  # noqa: E731
    assert find_sentence(layout, "the", None, False, only_unique) == "s2:2"
