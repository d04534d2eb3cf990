"""Report blocks: the pieces the PDF lays out one by one and the HTML joins into tables."""

from __future__ import annotations

from core.report import Block, html_document, report_blocks
from tests.core.report.sample import sample_comparison


def test_rows_of_a_table_share_its_opening_and_column_heads() -> None:
    blocks = report_blocks(sample_comparison(), "today")
    tables: dict[int, set[tuple[str, str]]] = {}
    for b in blocks:
        if b.table:
            assert b.html.startswith("<tr") and b.html.endswith("</tr>")
            tables.setdefault(b.table, set()).add((b.opening, b.head))
    assert tables and all(len(v) == 1 for v in tables.values())


def test_a_row_stands_alone_as_a_one_row_table() -> None:
    row = next(b for b in report_blocks(sample_comparison(), "today") if b.table and b.head)
    assert row.standalone() == f"{row.opening}{row.html}</table>"
    assert row.head_standalone() == f"{row.opening}{row.head}</table>"
    flow = Block("<p>x</p>")
    assert flow.standalone() == "<p>x</p>" and flow.head_standalone() == ""


def test_headings_stay_with_what_follows() -> None:
    blocks = report_blocks(sample_comparison(), "today")
    for b in blocks:
        if b.html.startswith("<h2>") and b.html.endswith("</h2>"):
            assert b.keep_with_next
    assert blocks[-1].table  # the last unique sentence ends the report


def test_html_joins_consecutive_rows_into_one_table_with_a_head() -> None:
    blocks = [
        Block("<h2>T</h2>", keep_with_next=True),
        Block("<tr><td>1</td></tr>", 1, "<table>", "<tr><th>h</th></tr>"),
        Block("<tr><td>2</td></tr>", 1, "<table>", "<tr><th>h</th></tr>"),
        Block("<tr><td>3</td></tr>", 2, "<table>"),
        Block("<p>end</p>"),
    ]
    html = html_document(blocks, "a <title>")
    body = html.split("<body>\n")[1].split("\n</body>")[0]
    assert body.split("\n") == [
        "<h2>T</h2>",
        "<table>",
        "<thead><tr><th>h</th></tr></thead>",
        "<tr><td>1</td></tr>",
        "<tr><td>2</td></tr>",
        "</table>",
        "<table>",
        "<tr><td>3</td></tr>",
        "</table>",
        "<p>end</p>",
    ]
    assert "<title>a &lt;title&gt;</title>" in html
