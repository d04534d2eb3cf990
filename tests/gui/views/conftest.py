"""Fixtures for the view tests: a store holding an invented comparison."""

from __future__ import annotations

import pytest

from gui.store import ComparisonStore
from tests.gui.views.invented import bridge


@pytest.fixture
def store(qtbot) -> ComparisonStore:
    """A store holding the bridge story (qtbot makes sure a QApplication exists)."""
    s = ComparisonStore()
    s.set_comparison(bridge())
    return s


@pytest.fixture
def widget(qtbot, store):
    """The comparison widget on the bridge story, shown at a size where everything fits."""
    from gui.views.comparison_widget import ComparisonWidget

    w = ComparisonWidget(store)
    qtbot.addWidget(w)
    w.resize(1200, 700)
    w.show()
    qtbot.waitExposed(w)
    return w
