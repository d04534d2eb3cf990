"""Boxes of running text beside the extracted body come back; furniture and stray lines do not."""

from __future__ import annotations

from core.readers.html import read_html

SUMMARY = [
    "A rockfall closed the Tarrow pass road at 06:40 on 3 May, cutting off the village of Ennsted.",
    "About 2,000 cubic metres of rock came down over a stretch of 150 metres.",
]
TIMELINE = [
    "Engineers from the county roads office have begun checking the slope above the road.",
    "A temporary ferry across Lake Orm will run every hour from the harbour at Velde.",
    "The village school will stay closed until the road reopens, the council said this morning.",
    "Helicopters have flown medicines and fresh food to the village's health centre.",
]
BACKGROUND = "The county had warned in March that the slope above the pass was moving by a few centimetres a year."
RELATED = [
    "Read our earlier report on the landslide risk along the pass road this spring.",
    "Our reporters answer your questions about the closure in a live session tonight.",
]


def _page(background: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Tarrow pass closed: live updates</title></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/roads">Roads</a></li></ul></nav>
<main><article>
<h1>Tarrow pass closed: live updates</h1>
<section class="summary"><h2>Summary</h2><p>{SUMMARY[0]}</p><p>{SUMMARY[1]}</p></section>
<section class="timeline"><h2>Updates</h2>
<div class="entry"><h3>11:00</h3><p>{TIMELINE[0]}</p><p>{TIMELINE[1]}</p></div>
<div class="entry"><h3>09:30</h3><p>{TIMELINE[2]}</p><p>{TIMELINE[3]}</p></div>
</section>
{background}
<div class="related-links"><p>{RELATED[0]}</p><p>{RELATED[1]}</p></div>
</article></main>
<footer><p>Copyright 2025 County Roads Office. All rights reserved on this site.</p></footer>
</body></html>"""


def _positions(text: str, parts: list[str]) -> list[int]:
    return [text.find(p) for p in parts]


def test_a_summary_and_a_titled_background_box_beside_the_body_are_kept_in_page_order() -> None:
    aside = f'<aside class="background"><h2>Background</h2><p>{BACKGROUND}</p></aside>'
    text = read_html(_page(aside), "live.html").text
    where = _positions(text, SUMMARY + TIMELINE + [BACKGROUND])
    assert -1 not in where, text
    assert where == sorted(where)


def test_furniture_boxes_and_a_lone_untitled_line_stay_out() -> None:
    aside = f'<aside class="note"><p>{BACKGROUND}</p></aside>'
    text = read_html(_page(aside), "live.html").text
    assert all(p in text for p in TIMELINE)
    assert BACKGROUND not in text  # one paragraph in a box with no heading: a stray line, not a section
    assert not any(p in text for p in RELATED)  # its class says it is furniture
    assert "All rights reserved" not in text


def test_a_page_without_a_declared_charset_keeps_its_accents() -> None:
    body = "".join(f"<p>{p}</p>" for p in TIMELINE)
    head = "<head><title>Café Ølberg reopens – Zürich</title></head>"
    page = f"<html>{head}<body><article>{body}</article></body></html>"
    doc = read_html(page, "cafe.html")
    assert doc.text.startswith("Café Ølberg reopens – Zürich")
