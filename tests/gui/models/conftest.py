"""Fixtures for the view tests: a store holding an invented comparison."""

from __future__ import annotations

import pytest

from gui.store import ComparisonStore
from tests.gui.views.invented import bridge


@pytest.fixture
def store(qtbot) -> ComparisonStore:
    s = ComparisonStore()
    s.set_comparison(bridge())
    return s
