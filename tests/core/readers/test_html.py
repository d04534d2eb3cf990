"""HTML: the article body is kept, page furniture is not; empty and malformed pages are refused."""

from __future__ import annotations

import pytest

from core.errors import SourceError
from core.readers import read_bytes
from core.readers.html import read_html

BODY = [
    "The Ostrel valley railway reopened on Saturday after a landslide had blocked the line for three weeks.",
    "Engineers removed about 4,000 tonnes of rock and rebuilt a retaining wall above the track near Hallin.",
    "The first train left Ostrel Junction at 6.15am with about 80 passengers on board, the operator said.",
    "Timetables will return to normal on Monday, when the summer service of hourly trains begins.",
]

PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Valley line reopens | Ostrel Gazette</title>
<script>var tracking = "never run";</script></head>
<body>
<div class="cookie-banner"><p>We use cookies to improve your experience. Accept all cookies?</p>
<button>Accept</button></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<main><article>
<h1>Valley line reopens after landslide</h1>
<p class="byline">By Mara Tennick</p>
<p>{BODY[0]}</p>
<p>{BODY[1]}</p>
<h2>First train</h2>
<p>{BODY[2]}</p>
<ul><li>Trains run hourly from Monday onwards.</li><li>Buses replace late trains until Friday.</li></ul>
<p>{BODY[3]}</p>
</article>
<aside class="related"><h2>Related stories</h2><ul>
<li><a href="/a">Landslide closes valley line</a></li><li><a href="/b">Rail chief promises review</a></li></ul></aside>
</main>
<footer><p>&copy; 2025 Ostrel Gazette. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>
"""


def test_article_body_kept_and_furniture_dropped():
    doc = read_html(PAGE, "page.html")
    compared = " ".join(doc.text[p.start : p.end] for p in doc.parts if p.compared)
    for sentence in BODY:
        assert sentence in compared
    assert "Trains run hourly from Monday onwards." in compared
    for junk in ("cookies", "Home", "Related stories", "Rail chief promises", "All rights reserved", "never run"):
        assert junk not in compared
    kinds = {doc.text[p.start : p.end]: p.kind for p in doc.parts}
    assert kinds.get("First train") == "heading"
    assert kinds.get("Trains run hourly from Monday onwards.") == "list_item"
    assert doc.parts[0].kind == "title"
    assert "Valley line reopens" in doc.title


def test_html_judged_by_content_from_bytes():
    doc = read_bytes(PAGE.encode("utf-8"), "dropped data")
    assert BODY[0] in doc.text and "<p>" not in doc.text


def test_page_without_article_text_is_refused():
    page = "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
    with pytest.raises(SourceError, match="no article text"):
        read_bytes(page.encode(), "menu.html", filename_hint="menu.html")


def test_malformed_markup_never_raises_anything_else():
    for page in ("<html><body><p>Unclosed <b>bold <i>and <p>" * 3, "<<<>>><html>", "<html></html>"):
        try:
            doc = read_bytes(page.encode(), "bad.html", filename_hint="bad.html")
        except SourceError as exc:
            assert exc.origin == "bad.html" and exc.reason
        else:
            assert doc.text


def test_short_page_falls_back_to_all_paragraph_text():
    page = "<html><body><div><p>Ferry fares rise by 3% from April, the island council said.</p></div></body></html>"
    doc = read_html(page, "short.html")
    assert "Ferry fares rise by 3% from April" in doc.text


@pytest.mark.parametrize(
    ("markup", "told"),
    [
        ('<p class="dateline"><time datetime="2025-06-14">Saturday 14 June 2025</time></p>', "14 June 2025"),
        ('<p class="meta">Published <time datetime="2024-10-13T07:45">13/10/2024, 07:45</time></p>', "13 October 2024"),
        ('<p class="meta">News release &middot; Published 8 July 2025</p>', "8 July 2025"),
    ],
)
def test_the_pages_date_is_kept_as_a_dateline_the_facts_stage_can_read(markup: str, told: str):
    page = PAGE.replace('<p class="byline">By Mara Tennick</p>', f'<p class="byline">By Mara Tennick</p>\n{markup}')
    doc = read_html(page, "page.html")
    dated = [doc.text[p.start : p.end] for p in doc.parts if p.kind == "dateline"]
    assert dated == [told]
    assert doc.text.index(told) < doc.text.index(BODY[0])  # at the top, where a dateline is read
    compared = " ".join(doc.text[p.start : p.end] for p in doc.parts if p.compared)
    assert told not in compared  # shown, never compared


def test_a_page_without_a_date_gets_no_dateline():
    doc = read_html(PAGE, "page.html")
    assert not [p for p in doc.parts if p.kind == "dateline"]


def test_a_dateline_the_body_kept_is_not_told_twice():
    page = PAGE.replace("<p>" + BODY[0], '<p class="date">Last updated: 8 April 2025, 23:05</p>\n<p>' + BODY[0])
    doc = read_html(page, "page.html")
    datelines = [doc.text[p.start : p.end] for p in doc.parts if p.kind == "dateline"]
    assert datelines == ["Last updated: 8 April 2025, 23:05"]
