"""compare() end to end on invented articles: the robustness cases of issue 5 and the contract."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.document import Document, Part
from core.errors import Cancelled, ComparisonError
from core.pipeline import compare
from core.readers import read_source, read_text
from core.schema import check_offsets, schema_errors

STORM = (
    "A storm cut power to 12,000 homes in Varne on Saturday night.\n\n"
    "Engineers from Varne Electric worked through the night to restore the lines.\n\n"
    "Most homes had power again by Sunday noon, the company said.\n\n"
    "Two roads were blocked by fallen trees near the river."
)
CHESS = (
    "The regional chess final was won by a sixteen-year-old from Ostby.\n\n"
    "She beat the defending champion in a tense endgame lasting five hours.\n\n"
    "Organisers praised the record number of young entrants this year."
)


def _paragraphs(text: str, origin: str) -> Document:
    """A document whose paragraphs are taken as given (no reader heuristics)."""
    parts, at = [], 0
    for block in text.split("\n\n"):
        start = text.index(block, at)
        parts.append(Part("paragraph", start, start + len(block)))
        at = start + len(block)
    return Document(title=origin, origin=origin, text=text, parts=tuple(parts))


def _statuses(comparison) -> set[str]:
    return {s.status for s in comparison.sentences if s.status != "ignored"}


def test_one_source_is_a_clear_error() -> None:
    with pytest.raises(ComparisonError, match="at least two"):
        compare([read_text(STORM)])


def test_identical_sources_are_all_shared() -> None:
    result = compare([read_text(STORM, origin="a"), read_text(STORM, origin="b")])
    assert _statuses(result) == {"shared"}


def test_the_same_file_twice_is_all_shared(tmp_path: Path) -> None:
    path = tmp_path / "storm.txt"
    path.write_text(STORM, encoding="utf-8")
    result = compare([read_source(str(path)), read_source(str(path))])
    assert _statuses(result) == {"shared"}
    assert len(result.sources) == 2


def test_sources_with_nothing_in_common_are_all_unique() -> None:
    result = compare([read_text(STORM, origin="a"), read_text(CHESS, origin="b")])
    assert not result.links
    assert _statuses(result) == {"unique"}


def test_an_article_of_only_headings_compares_without_links() -> None:
    text = "Storm news\n\nPower cuts\n\nRoads"
    parts = tuple(Part("heading", text.index(h), text.index(h) + len(h)) for h in ("Storm news", "Power cuts", "Roads"))
    headings = Document(title="headings", origin="h", text=text, parts=parts)
    result = compare([headings, read_text(STORM, origin="b")])
    assert all(s.status == "ignored" for s in result.sentences_of("s1"))
    assert not result.links


def test_very_long_sentences_compare() -> None:
    words = " ".join(f"word{i % 500}" for i in range(1700))
    long = f"The long report lists {words} and ends here."
    assert len(long) > 10_000
    result = compare([read_text(long + "\n\n" + STORM, origin="a"), read_text(STORM + "\n\n" + long, origin="b")])
    assert _statuses(result) == {"shared"}


@pytest.mark.parametrize(
    "text",
    [
        "Ένας ισχυρός σεισμός έπληξε την πόλη το πρωί.\n\nΔεν υπάρχουν αναφορές για θύματα.",
        "今朝、強い地震が町を襲った。\n\n被害の報告はない。",
        "Der Sturm hat am Samstag in Varne den Strom für 12.000 Haushalte unterbrochen.",
    ],
)
def test_other_languages_and_scripts_still_align_by_wording(text: str) -> None:
    same = compare([_paragraphs(text, "a"), _paragraphs(text, "b")])
    assert _statuses(same) == {"shared"}
    other = compare([_paragraphs(text, "a"), read_text(CHESS, origin="b")])
    assert _statuses(other) == {"unique"}


def test_output_is_byte_for_byte_deterministic() -> None:
    docs = [read_text(STORM, origin="a"), read_text(CHESS + "\n\n" + STORM, origin="b")]
    assert compare(docs).to_json() == compare(docs).to_json()


def test_the_document_follows_the_schema_and_offsets_are_exact() -> None:
    data = compare([read_text(STORM, origin="a"), read_text(CHESS + "\n\n" + STORM, origin="b")]).to_dict()
    assert schema_errors(data) == []
    assert check_offsets(data) == []
    assert all(link["relation"] in ("shared", "differing") for link in data["links"])


def test_cancellation_raises_cancelled() -> None:
    with pytest.raises(Cancelled):
        compare([read_text(STORM), read_text(CHESS)], cancel=lambda: True)


def test_progress_is_reported_in_order_up_to_done() -> None:
    seen: list[tuple[float, str]] = []
    compare([read_text(STORM), read_text(STORM)], progress=lambda f, m: seen.append((f, m)))
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions)
    assert fractions[-1] == 1.0
    assert any("Aligning" in m for _, m in seen)


_JET_PAGE = """<!DOCTYPE html><html><head><title>How the jet came home</title></head><body><main><article>
<h1>How the jet came home</h1><p class="byline">By Ines Marr</p>
<p class="dateline"><time datetime="2025-06-14">Saturday 14 June 2025</time></p>
<p>The Kestel Air jet with 122 passengers on board made an emergency landing at Orrin on Thursday after an engine
failed shortly after take-off.</p>
<p>Passengers said the cabin filled with smoke for several minutes before the crew calmed everyone down.</p>
<p>The airline has grounded its two other aircraft of the same type while engineers inspect their engines.</p>
</article></main></body></html>"""


@pytest.mark.parametrize(("day", "differs"), [("12 June", False), ("11 June", True)])
def test_a_web_pages_weekdays_are_read_against_the_date_in_its_markup(day: str, differs: bool):
    """The extractor drops the page's dateline with its furniture; without it "on Thursday" dates nothing."""
    wire = read_text(
        "ORRIN, June 14, 2025 (Wire)\n\n"
        f"A Kestel Air jet with 122 passengers on board made an emergency landing at Orrin on {day} after an "
        "engine failed shortly after take-off.\n\nThe airline said nobody was hurt in the landing.",
        "wire.txt",
    )
    page = read_source_html(_JET_PAGE)
    result = compare([wire, page])
    dates = [
        [m.text for m in f.mentions] for f in result.facts if f.kind == "date" and f.status == "differing"
    ]
    assert dates == ([[day, "Thursday"]] if differs else [])


def read_source_html(html: str) -> Document:
    from core.readers.html import read_html

    return read_html(html, "page.html")
