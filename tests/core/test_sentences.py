"""Sentence splitting: the hard cases of news text and the offset invariant."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.document import Document, Part
from core.sentences import SentenceSpan, split_sentences, split_text


def paragraph_doc(text: str) -> Document:
    return Document(title="t", origin="test", text=text, parts=(Part("paragraph", 0, len(text)),))


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(paragraph_doc(text))]


CASES: list[tuple[str, str, list[str]]] = [
    (
        "titles",
        "Mr. Lund met Dr. Okafor at St. Bride's. They talked.",
        ["Mr. Lund met Dr. Okafor at St. Bride's.", "They talked."],
    ),
    (
        "titles syntok lacks",
        "Gov. Hale and Lt. Col. Marr arrived. The Rev. Ann Ito and Sgt. Dunn spoke. Cllr. Ruth Abel left.",
        ["Gov. Hale and Lt. Col. Marr arrived.", "The Rev. Ann Ito and Sgt. Dunn spoke.", "Cllr. Ruth Abel left."],
    ),
    (
        "initialism inside",
        "The U.S. Coast Guard sent two boats. They arrived at noon.",
        ["The U.S. Coast Guard sent two boats.", "They arrived at noon."],
    ),
    (
        "initialism ends a sentence",
        "The crew came from the U.S. They flew home on Friday.",
        ["The crew came from the U.S.", "They flew home on Friday."],
    ),
    (
        "month abbreviation and number",
        "The count ended on Jan. 4. Results came on Feb. 9 after a recount.",
        ["The count ended on Jan. 4.", "Results came on Feb. 9 after a recount."],
    ),
    (
        "No. before a number",
        "Pier No. 5 was closed. Boats used No. 6 instead.",
        ["Pier No. 5 was closed.", "Boats used No. 6 instead."],
    ),
    (
        "decimals",
        "The 11.5-year sentence was quashed. Damage reached 3.2 million euros.",
        ["The 11.5-year sentence was quashed.", "Damage reached 3.2 million euros."],
    ),
    (
        "initials",
        "J. R. Okafor wrote the report. A. Lund signed it.",
        ["J. R. Okafor wrote the report.", "A. Lund signed it."],
    ),
    (
        "clock abbreviations",
        "The alarm sounded at 3 a.m. on Monday. Crews arrived by 4 a.m. He said so at 5 p.m. It was dark.",
        ["The alarm sounded at 3 a.m. on Monday.", "Crews arrived by 4 a.m.", "He said so at 5 p.m.", "It was dark."],
    ),
    (
        "clock abbreviation before a capitalised word",
        "The gates shut at 5 p.m. Police then cleared the quay. It reopened at 9 a.m. Monday, or 8 a.m. GMT.",
        ["The gates shut at 5 p.m.", "Police then cleared the quay.", "It reopened at 9 a.m. Monday, or 8 a.m. GMT."],
    ),
    (
        "dateline with agency and dash",
        "TAMSK (Baltline) \u2014 The ferry sank. All were saved.",
        ["TAMSK (Baltline) \u2014 The ferry sank.", "All were saved."],
    ),
    (
        "no split at a semicolon",
        '"We heard the sirens and ran; I did not lock the door," said Ana Lind.',
        ['"We heard the sirens and ran; I did not lock the door," said Ana Lind.'],
    ),
    (
        "closing quote goes with its sentence",
        'He said: "We are safe." Then he sat down.',
        ['He said: "We are safe."', "Then he sat down."],
    ),
    (
        "curly closing quote",
        "\u201cWe are safe.\u201d Then he sat down.",
        ["\u201cWe are safe.\u201d", "Then he sat down."],
    ),
    (
        "quote then attribution",
        '"The water was freezing," she said. "We held on to the rail."',
        ['"The water was freezing," she said.', '"We held on to the rail."'],
    ),
    (
        "question quote then attribution",
        "\u201cWhere is my son?\u201d asked one mother. Nobody knew.",
        ["\u201cWhere is my son?\u201d asked one mother.", "Nobody knew."],
    ),
    (
        "quoted passage of two sentences is split, attribution with the last",
        '"The water was freezing. We held on to the rail," said Ana Lind. Others agreed.',
        ['"The water was freezing.', 'We held on to the rail," said Ana Lind.', "Others agreed."],
    ),
    (
        "ascii ellipsis",
        "He paused... Then he spoke. And then... nothing.",
        ["He paused...", "Then he spoke.", "And then... nothing."],
    ),
    (
        "unicode ellipsis",
        "He paused\u2026 Then he spoke. It went on \u2026 and on.",
        ["He paused\u2026", "Then he spoke.", "It went on \u2026 and on."],
    ),
    (
        "e.g. before a capital",
        "Small craft, e.g. The Gannet, stayed in port. Larger ones sailed.",
        ["Small craft, e.g. The Gannet, stayed in port.", "Larger ones sailed."],
    ),
    (
        "heading without a full stop",
        "Rescue in the bay",
        ["Rescue in the bay"],
    ),
    (
        "hard-wrapped lines",
        "The ferry left at 9 a.m.\non Monday with 40 people\naboard. It sank\nan hour later.",
        ["The ferry left at 9 a.m.\non Monday with 40 people\naboard.", "It sank\nan hour later."],
    ),
    (
        "bullets left in a paragraph",
        "Crews reported:\n- two boats lost\n- one pier damaged\n1. first item\n2) second item",
        ["Crews reported:", "- two boats lost", "- one pier damaged", "1. first item", "2) second item"],
    ),
    (
        "question and exclamation",
        "What happened? Nobody knows! Really.",
        ["What happened?", "Nobody knows!", "Really."],
    ),
    (
        "number starts a sentence",
        "It happened in 2019. 40 people were hurt.",
        ["It happened in 2019.", "40 people were hurt."],
    ),
    (
        "surrounding whitespace",
        "  \n Leading space.   Trailing.  \n",
        ["Leading space.", "Trailing."],
    ),
    ("russian", "Паром затонул ночью. Все пассажиры спасены.", ["Паром затонул ночью.", "Все пассажиры спасены."]),
    ("chinese", "渡轮在夜间沉没。所有乘客都获救了！", ["渡轮在夜间沉没。", "所有乘客都获救了！"]),
    ("german", "Die Fähre sank am 3. Mai. Alle sind gerettet.", ["Die Fähre sank am 3. Mai.", "Alle sind gerettet."]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_hard_cases(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_parts_ignored_kinds_are_one_span_each() -> None:
    text = "Ferry sinks off Tamsk\n\nBy Ana Lind. Staff writer.\n\nThe ferry sank. All were saved.\n\nRelated: more"
    heading_end = text.index("\n")
    byline = (text.index("By"), text.index("writer.") + len("writer."))
    body = (text.index("The ferry"), text.index("saved.") + len("saved."))
    parts = (
        Part("title", 0, heading_end),
        Part("byline", byline[0] - 1, byline[1] + 1),  # sloppy part edges are stripped
        Part("paragraph", *body),
        Part("boilerplate", text.index("Related"), len(text)),
    )
    doc = Document(title="t", origin="test", text=text, parts=parts)
    got = [(text[s.start : s.end], s.ignored) for s in split_sentences(doc)]
    assert got == [
        ("Ferry sinks off Tamsk", True),
        ("By Ana Lind. Staff writer.", True),
        ("The ferry sank.", False),
        ("All were saved.", False),
        ("Related: more", True),
    ]


def test_each_list_item_is_its_own_sentence() -> None:
    items = ["Two boats were lost", "One pier was damaged. It is closed.", "Nobody was hurt"]
    text = "\n".join(items)
    parts, pos = [], 0
    for item in items:
        parts.append(Part("list_item", pos, pos + len(item)))
        pos += len(item) + 1
    doc = Document(title="t", origin="test", text=text, parts=tuple(parts))
    got = [text[s.start : s.end] for s in split_sentences(doc)]
    assert got == ["Two boats were lost", "One pier was damaged.", "It is closed.", "Nobody was hurt"]


def test_whitespace_only_and_empty_parts_give_no_span() -> None:
    text = "   \n  x"
    doc = Document(title="t", origin="test", text=text, parts=(Part("paragraph", 0, 3), Part("caption", 3, 5)))
    assert split_sentences(doc) == []


def test_split_text_offsets_are_into_the_whole_text() -> None:
    text = "HEAD The boat sank. All were saved. TAIL"
    a, b = text.index("The"), text.index(" TAIL")
    assert [text[x:y] for x, y in split_text(text, a, b)] == ["The boat sank.", "All were saved."]


@pytest.mark.parametrize("n", [10_000, 100_000])
def test_run_on_sentence_is_fast(n: int) -> None:
    """A long run-on 'sentence' with no full stop must take linear time (about 40 ms per 10,000 chars here)."""
    words = "the ferry, which Mr. Lund said at 3 a.m. was safe (or so the U.S. crew thought), and "
    text = (words * (n // len(words) + 1)).strip()
    started = time.perf_counter()
    spans = sentences(text)
    elapsed = time.perf_counter() - started
    assert len(spans) == 1
    assert elapsed < 1.0 + n / 20_000  # generous bound on a shared machine; quadratic would take minutes


# --- the offset invariant, on random paragraphs --------------------------------------------------------

WORDS = [
    "boat",
    "p.m.",
    "Police",
    "(AP)",
    "\u2014",
    "3.",
    "Mai",
    "Sgt.",
    "Mr.",
    "Dr.",
    "U.S.",
    "Gov.",
    "Jan.",
    "No.",
    "5",
    "3.2",
    "11.5-year",
    "J.",
    "R.",
    "e.g.",
    "a.m.",
    "The",
    "They",
    "It",
    "said",
    "\u2026",
    "...",
    '"',
    "\u201c",
    "\u201d",
    "'",
    "(",
    ")",
    "-",
    "\u2022",
    "1.",
    "Паром",
    "渡轮沉没了。",
    "Fähre",
    "?",
    "!",
    ".",
    ",",
    ";",
    ":",
    "\u00a0",
    "sank.",
    "saved!",
    'home."',
]
SPACES = [" ", " ", " ", "\n", "\n\n", "  ", "\t", "\u2028", ""]

random_paragraph = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SPACES)), max_size=40).map(
    lambda pairs: "".join(w + s for w, s in pairs)
)
part_text = st.one_of(random_paragraph, st.text(max_size=60))
kinds = st.sampled_from(["paragraph", "paragraph", "list_item", "heading", "caption", "boilerplate"])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(kinds, part_text, st.sampled_from(["\n\n", "\n", " ", ""])), min_size=1, max_size=6))
def test_offset_invariant(pieces: list[tuple[str, str, str]]) -> None:
    text, parts = "", []
    for kind, body, sep in pieces:
        parts.append(Part(kind, len(text), len(text) + len(body)))  # type: ignore[arg-type]
        text += body + sep
    doc = Document(title="t", origin="test", text=text, parts=tuple(parts))
    spans = split_sentences(doc)

    previous_end = 0
    for span in spans:
        assert previous_end <= span.start < span.end, "ordered, non-empty, non-overlapping"
        sentence = text[span.start : span.end]
        assert sentence == sentence.strip(), "no surrounding whitespace"
        previous_end = span.end

    for part in parts:
        inside = [s for s in spans if part.start <= s.start and s.end <= part.end]
        straddling = [s for s in spans if s.start < part.end and part.start < s.end and s not in inside]
        assert not straddling, "a span never crosses its part's edge"
        if not text[part.start : part.end].strip():
            assert not inside
        elif not part.compared:
            assert len(inside) == 1 and inside[0].ignored
        else:
            assert all(not s.ignored for s in inside)
            covered = {i for s in inside for i in range(s.start, s.end)}
            for i in range(part.start, part.end):
                assert text[i].isspace() or i in covered, f"character {text[i]!r} at {i} dropped"


def test_span_is_a_small_frozen_value() -> None:
    span = SentenceSpan(1, 5)
    assert (span.start, span.end, span.ignored) == (1, 5, False)
    with pytest.raises(AttributeError):
        span.start = 2  # type: ignore[misc]
