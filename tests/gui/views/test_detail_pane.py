"""The detail pane: why a sentence is marked as it is."""

from __future__ import annotations

from core.model import Link
from gui.views.detail_pane import DetailPane


def test_lists_the_links_with_relation_and_score(qtbot, store) -> None:
    pane = DetailPane(store)
    qtbot.addWidget(pane)
    pane.show_sentence("s1:1")
    assert "differing" in pane.heading.text() and "Coast Herald, sentence 2; 2 links" in pane.heading.text()
    rows = [[pane.links.topLevelItem(i).text(c) for c in range(4)] for i in range(pane.links.topLevelItemCount())]
    assert rows == [
        ["Hospital staff treated 19 people for injuries.", "Vellmar Radio", "≠ differing", "0.70"],
        ["At least 14 people were injured, officials said.", "Wire report", "= shared", "0.90"],
    ]


def test_follows_edits_and_clears(qtbot, store) -> None:
    pane = DetailPane(store)
    qtbot.addWidget(pane)
    pane.show_sentence("s1:2")
    assert pane.links.topLevelItemCount() == 0 and "unique" in pane.heading.text()
    store.add_link(Link("s1:2", "s3:2", "shared", 1.0, manual=True))
    assert pane.links.topLevelItem(0).text(2) == "= shared (set by hand)"
    pane.show_sentence(None)
    assert pane.links.topLevelItemCount() == 0 and pane.heading.text().startswith("Select a sentence")


def test_relation_and_score_stay_in_view_in_a_narrow_pane(qtbot, store) -> None:
    """Source titles are short (full in the tooltip), so a 360 px dock shows every column."""
    from dataclasses import replace

    c = store.comparison()
    long = [replace(s, title=f"{s.title}: the evening bulletin on the footbridge collapse") for s in c.sources]
    store.set_comparison(replace(c, sources=long))
    pane = DetailPane(store)
    qtbot.addWidget(pane)
    pane.resize(360, 300)
    pane.show()
    qtbot.waitExposed(pane)
    pane.show_sentence("s1:1")
    item = pane.links.topLevelItem(0)
    assert item.toolTip(1) in {s.title for s in long} and len(item.text(1)) < len(item.toolTip(1))
    header = pane.links.header()
    right = header.sectionPosition(3) + header.sectionSize(3)
    assert right <= pane.links.viewport().width()
