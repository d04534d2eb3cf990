"""readability-lxml's second opinion: used only for a clearly longer version of the same article."""

from __future__ import annotations

import pytest

from core.cleanup import Block
from core.readers.html_readability import prefer_readability, readability_blocks

SENTENCES = [
    f"The harbour board met for the {n}th time this year to discuss dredging of berth {n}." for n in range(1, 13)
]


def test_longer_version_of_the_same_article_wins():
    short = [Block(s, "paragraph") for s in SENTENCES[:4]]
    longer = [Block(s, "paragraph") for s in SENTENCES]
    assert prefer_readability(short, longer)
    assert not prefer_readability(longer, short)


def test_longer_but_different_text_loses():
    short = [Block(s, "paragraph") for s in SENTENCES[:4]]
    other = [
        Block(f"Comment number {n} from a reader who disagrees with everything here.", "paragraph") for n in range(40)
    ]
    assert not prefer_readability(short, other)


def test_blocks_keep_headings_and_items():
    pytest.importorskip("readability")
    body = "".join(f"<p>{s}</p>" for s in SENTENCES)
    item = "Berth 4 closes in May while the dredger works on the channel, and ferries use berth 6 instead."
    items = f"<ul><li>{item}</li><li>{item}</li></ul>"
    page = f"<html><body><article><h2>Dredging plan</h2>{body}{items}</article></body></html>"
    blocks = readability_blocks(page)
    assert Block("Dredging plan", "heading") in blocks
    assert Block(item, "list_item") in blocks
    assert Block(SENTENCES[0], "paragraph") in blocks


def test_garbage_gives_no_blocks():
    assert readability_blocks("") == []
