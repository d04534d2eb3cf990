"""The HTML report: one column per source, status glyphs, escaped text, facts, same bytes every time."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone
from html.parser import HTMLParser

import pytest

from core.model import Comparison, Sentence, Source
from core.report import ROLES, render_html
from tests.core.report.sample import sample_comparison

DATE = datetime(2026, 3, 4, 5, 6, tzinfo=timezone.utc)


class Tables(HTMLParser):
    """Collects every table as header cells and body rows (row class, cell texts)."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[dict] = []
        self.sections: list[str] = []  # the h2 each table sits under
        self._h2: str | None = None
        self._current = ""
        self._cell: list[str] | None = None
        self._row: tuple[str, list[str]] | None = None
        self._in_head = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "h2":
            self._h2 = ""
        elif tag == "thead":
            self._in_head = True
        elif tag == "table":
            self.tables.append({"heads": [], "rows": []})
            self.sections.append(self._current)
        elif tag == "tr":
            self._row = (dict(attrs).get("class") or "", [])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "h2" and self._h2 is not None:
            self._current, self._h2 = self._h2, None
        elif tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row[1].append("".join(self._cell).strip())
            self._cell = None
        elif tag == "thead":
            self._in_head = False
        elif tag == "tr" and self._row is not None:
            if self._in_head:
                self.tables[-1]["heads"] = self._row[1]
            else:
                self.tables[-1]["rows"].append(self._row)
            self._row = None

    def handle_data(self, data: str) -> None:
        if self._h2 is not None:
            self._h2 += data
        if self._cell is not None:
            self._cell.append(data)

    def in_section(self, title: str) -> list[dict]:
        return [t for t, s in zip(self.tables, self.sections, strict=True) if s == title]


def parse(html: str) -> Tables:
    p = Tables()
    p.feed(html)
    return p


def test_side_by_side_has_one_column_per_source() -> None:
    html = render_html(sample_comparison(), generated=DATE)
    (table,) = [t for t in parse(html).in_section("Side by side") if t["heads"]]
    assert table["heads"] == ["", "s1: Mill <fire> report", "s2: Council notice", "s3: Local paper"]
    assert all(len(cells) == 4 for _, cells in table["rows"])


def test_each_status_is_marked_with_its_glyph() -> None:
    tables = parse(render_html(sample_comparison(), generated=DATE))
    (aligned,) = [t for t in tables.in_section("Side by side") if t["heads"]]
    assert [(cls, cells[0]) for cls, cells in aligned["rows"]] == [("shared", "="), ("differing", "≠")]
    uniques = [row for t in tables.in_section("Only in one source") for row in t["rows"]]
    assert uniques == [
        ("unique", ["+", "The owner wrote <script>alert('x')</script> & left."]),
        ("unique", ["+", "Trains to the coast were halted."]),
    ]
    assert {r.glyph for r in ROLES.values()} == {"=", "≠", "+", "·"}


def test_article_markup_is_escaped_and_nothing_external_is_loaded() -> None:
    html = render_html(sample_comparison(), generated=DATE)
    assert "<script" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; left." in html
    assert "Mill &lt;fire&gt; report" in html
    assert "id=1&amp;x=2" in html
    for external in ("src=", "href=", "<link", "@import", "url("):
        assert external not in html


def test_differing_facts_list_each_sources_value() -> None:
    tables = parse(render_html(sample_comparison(), generated=DATE))
    (facts,) = tables.in_section("Differing facts")
    assert facts["heads"] == ["What", "s1: Mill <fire> report", "s2: Council notice", "s3: Local paper"]
    assert facts["rows"] == [("differing", ["people hurt", "Almost 40 people were hurt (40)", "25 injured (25)", "—"])]


def test_conflicting_words_are_bold_and_underlined_in_their_sentence() -> None:
    html = render_html(sample_comparison(), generated=DATE)
    assert "Officials counted <span class=\"conflict\"><b><u>25 injured</u></b></span>." in html


def test_ignored_parts_are_left_out_and_counted() -> None:
    html = render_html(sample_comparison(), generated=DATE)
    assert "Mill fire" not in html
    assert "1 headings, captions and other parts not compared are left out" in html


def test_same_input_gives_the_same_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    assert render_html(sample_comparison(), generated=DATE) == render_html(sample_comparison(), generated=DATE)
    assert "2026-03-04 05:06 UTC" in render_html(sample_comparison(), generated=DATE)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first = render_html(sample_comparison())
    assert first == render_html(sample_comparison())
    assert "2023-11-14 22:13 UTC" in first


def test_summary_counts_each_status_per_source() -> None:
    (summary,) = parse(render_html(sample_comparison(), generated=DATE)).in_section("Summary")
    assert summary["rows"][0] == ("", ["s1: Mill <fire> report", "1", "1", "1", "1"])
    assert summary["rows"][2] == ("", ["s3: Local paper", "2", "0", "0", "0"])


def with_extra_sources(count: int) -> Comparison:
    """The sample plus `count` more sources, each with one sentence linked to s1's first."""
    c = sample_comparison()
    extra = [Source(f"s{n}", f"Extra {n}", f"e{n}.txt", "The Dunmore mill burned.") for n in range(4, 4 + count)]
    sentences = [Sentence(f"{s.id}:0", s.id, 0, 0, len(s.text), s.text, "shared") for s in extra]
    links = [replace(c.links[1], b=s.id) for s in sentences]
    return Comparison(c.sources + extra, c.sentences + sentences, c.links + links, c.facts).with_statuses()


@pytest.mark.parametrize(("sources", "widths"), [(4, [4]), (6, [6]), (7, [4, 3]), (13, [5, 5, 3])])
def test_many_sources_are_split_into_tables_a_page_wide(sources: int, widths: list[int]) -> None:
    c = with_extra_sources(sources - 3)
    tables = parse(render_html(c, generated=DATE))
    aligned = [t for t in tables.in_section("Side by side") if t["heads"]]
    assert [len(t["heads"]) - 1 for t in aligned] == widths
    # a group of sources that mentions no differing fact gets no facts table
    assert [len(t["heads"]) - 1 for t in tables.in_section("Differing facts")] == widths[:1]
    assert aligned[-1]["heads"][-1] == f"s{sources}: Extra {sources}"


def test_a_comparison_without_links_or_facts_still_renders() -> None:
    c = sample_comparison()
    c = Comparison(c.sources, c.sentences, [], []).with_statuses()
    html = render_html(c, generated="today")
    assert "No sentence of one source was matched" in html
    assert "do not disagree on any checked detail" in html


def test_fact_values_read_as_people_write_them() -> None:
    c = sample_comparison()
    mention = replace(c.facts[0].mentions[1], value=[20.0, 25])
    c.facts[0] = replace(c.facts[0], mentions=(c.facts[0].mentions[0], mention))
    (facts,) = parse(render_html(c, generated=DATE)).in_section("Differing facts")
    assert facts["rows"][0][1][2] == "25 injured (20–25)"
