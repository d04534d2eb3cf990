"""Markdown: headings and list items become parts; no Markdown syntax is left in the text."""

from __future__ import annotations

from core.readers import read_bytes

SOURCE = """---
layout: post
---
# Glass works to close after 90 years

*The last furnace goes cold in June*

By Orla Pennick

The **Brackwater** glass works will close in June, its owners said, citing [energy costs](https://example.invalid/costs)
that tripled in two years.

## What the owners said

- 140 jobs will go;
- the site will be sold.

> "It is a sad day for the town," said the mayor.

Setext heading
--------------

![A furnace](furnace.jpg)
Workers were told at a meeting on `Monday`.
"""


def test_markdown_parts_and_clean_text():
    doc = read_bytes(SOURCE.encode(), "glass.md", filename_hint="glass.md")
    parts = [(p.kind, doc.text[p.start : p.end]) for p in doc.parts]
    assert parts[0] == ("title", "Glass works to close after 90 years")
    assert ("byline", "By Orla Pennick") in parts
    assert ("heading", "What the owners said") in parts
    assert ("heading", "Setext heading") in parts
    assert ("list_item", "140 jobs will go;") in parts
    body = "The Brackwater glass works will close in June, its owners said, citing energy costs"
    body += " that tripled in two years."
    assert ("paragraph", body) in parts
    assert ("paragraph", '"It is a sad day for the town," said the mayor.') in parts
    assert ("paragraph", "Workers were told at a meeting on Monday.") in parts
    for syntax in ("**", "](", "##", "`", "layout:", "> "):
        assert syntax not in doc.text
    assert doc.title == "Glass works to close after 90 years"


def test_markdown_found_by_content_without_extension():
    text = "# Dock strike ends\n\n## Deal\n\nDockers accepted a **5%** rise.\n"
    doc = read_bytes(text.encode(), "pasted")
    assert "Dockers accepted a 5% rise." in doc.text and "#" not in doc.text
