"""StatusFilterProxy: only differing, only unique, hide shared."""

from __future__ import annotations

from gui.models.aligned_rows_model import AlignedRowsModel
from gui.models.presentation import Presentation
from gui.models.status_filter import ALL_STATUSES, StatusFilterProxy, status_visible


def test_filter_proxy_hides_rows_by_status(qtmodeltester, store) -> None:
    model = AlignedRowsModel(Presentation(store))
    proxy = StatusFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_visible(frozenset({"differing"}))
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1
    proxy.set_visible(frozenset({"differing", "unique"}))
    assert proxy.rowCount() == 4
    proxy.set_visible(frozenset({"shared", "differing", "unique"}))
    assert proxy.rowCount() == 7  # ignored rows come with shared ones


def test_ignored_goes_with_shared() -> None:
    assert status_visible("ignored", frozenset({"shared"}))
    assert not status_visible("ignored", frozenset({"differing"}))
    assert status_visible("unique", ALL_STATUSES)
