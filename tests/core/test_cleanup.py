"""Clean-up: hard-wrap joining, paragraph breaks, and the kinds of parts (invented texts)."""

from __future__ import annotations

from core.cleanup import Block, build_document, document_from_text, guess_language, split_blocks

WRAPPED = """Lifeboat crews from two stations searched the estuary for more than six
hours on Sunday after a small fishing boat, the Kestrel Bay, failed to return
to harbour at Wendmouth, the coastguard said.

The skipper, a man in his fifties, was found clinging to a marker buoy
shortly after dusk and was taken to hospital with hypothermia. His
well-known boat was later towed ashore.
"""


def texts(doc) -> list[tuple[str, str]]:
    return [(p.kind, doc.text[p.start : p.end]) for p in doc.parts]


def test_wrapped_lines_join_with_one_space_and_paragraphs_stay():
    doc = document_from_text(WRAPPED, "t")
    parts = texts(doc)
    assert [k for k, _ in parts] == ["paragraph", "paragraph"]
    assert parts[0][1].startswith("Lifeboat crews") and "more than six hours on Sunday" in parts[0][1]
    assert "His well-known boat" in parts[1][1]
    assert "\n" not in parts[0][1] and "  " not in doc.text
    assert doc.text.count("\n\n") == 1


def test_hyphen_at_wrap_keeps_word_whole():
    text = (
        "The council said the long-\nawaited bridge would open on time, officials confirmed, and that\n"
        "traffic would flow again by the end of the month at the latest.\n"
    )
    blocks = split_blocks(text)
    assert "long-awaited bridge" in blocks[0].text


def test_indented_line_after_full_stop_starts_a_paragraph():
    text = (
        "The mayor of Tessary resigned on Monday after a week of protests over water\n"
        "charges that had brought thousands of people into the streets of the town.\n"
        " Her deputy will act as mayor until an election is held in the spring, the\n"
        "council said in a statement issued late on Monday night after the meeting.\n"
    )
    blocks = split_blocks(text)
    assert len(blocks) == 2
    assert blocks[1].text.startswith("Her deputy")


def test_unwrapped_single_newlines_are_breaks_but_broken_sentences_join():
    text = (
        "By Ada Quarrie, Rural Affairs\nThursday 3 April 2025\n\n"
        "The farm show was cancelled because of\nflooding on the showground.\n"
    )
    doc = document_from_text(text, "t")
    kinds = texts(doc)
    assert kinds[0] == ("byline", "By Ada Quarrie, Rural Affairs")
    assert kinds[1] == ("dateline", "Thursday 3 April 2025")
    assert kinds[2] == ("paragraph", "The farm show was cancelled because of flooding on the showground.")


def test_crlf_and_cr_line_ends():
    for sep in ("\r\n", "\r"):
        doc = document_from_text(sep.join(["First paragraph here.", "", "Second paragraph here."]), "t")
        assert doc.text == "First paragraph here.\n\nSecond paragraph here."


def test_title_headings_and_boilerplate_are_ignored_kinds():
    text = "\n\n".join(
        [
            "Storm closes mountain pass for third day",
            "By Ferdie Olan, Weather Desk",
            "Snow ploughs worked through the night on the Corrie road, the highways agency said.",
            "Related article: Why the pass keeps closing every winter",
            "Advertisement",
            "What happens next",
            "Engineers will inspect the road on Friday.",
            "Sign up for our morning newsletter",
            "Share this story on Facebook",
            "Photo: A snow plough on the Corrie road (Highways Agency)",
            "\u00a9 2025 Invented Valley Press. All rights reserved.",
            "Read more",
        ]
    )
    kinds = [k for k, _ in texts(document_from_text(text, "t"))]
    assert kinds == [
        "title",
        "byline",
        "paragraph",
        "boilerplate",
        "boilerplate",
        "heading",
        "paragraph",
        "boilerplate",
        "boilerplate",
        "caption",
        "boilerplate",
        "boilerplate",
    ]


def test_sentences_that_look_like_labels_stay_paragraphs():
    text = "\n\n".join(
        [
            "By the council's own estimate, repairs will cost 2.4 million euros.",
            "Related charges were filed against two of the contractors last year.",
            "Watchdogs said the tender had been rushed.",
            "Share prices of the builder fell 4% on the news.",
        ]
    )
    assert {k for k, _ in texts(document_from_text("Headline of the day\n\n" + text, "t"))[1:]} == {"paragraph"}


def test_list_items_lose_their_bullets():
    doc = document_from_text("The plan has three steps:\n\n- close the road\n- inspect the bridge\n* reopen it\n", "t")
    assert texts(doc)[1:] == [
        ("list_item", "close the road"),
        ("list_item", "inspect the bridge"),
        ("list_item", "reopen it"),
    ]


def test_offsets_join_with_blank_lines_and_no_trailing_spaces():
    doc = build_document([Block("A heading", "heading"), Block("  Body   text here.  ", None)], "t", "T")
    assert doc.text == "A heading\n\nBody text here."
    assert doc.parts[1].start == len("A heading\n\n")
    assert all(not line.endswith(" ") for line in doc.text.split("\n"))


def test_language_guess():
    assert guess_language("The mayor said that the road was closed on Monday and the bridge is shut.") == "en"
    assert (
        guess_language(
            "Der Bürgermeister sagte, dass die Straße nicht mit dem Auto befahren wird und auch die Brücke zu ist."
        )
        == "de"
    )
    assert (
        guess_language(
            "Le maire a dit que la route est fermée pour les voitures et que le pont est dans un état grave."
        )
        == "fr"
    )
    assert (
        guess_language(
            "El alcalde dijo que la carretera de la ciudad está cerrada y que el puente es un peligro para los coches."
        )
        == "es"
    )
    assert guess_language("12345 !!!") == "en"


def test_wire_credit_lines_and_datelines():
    text = "\n\n".join(
        [
            "Quarry blast rattles village",
            "Updated 9.40am, Friday 7 March 2025",
            "A planned blast at the Harrow Edge quarry shook houses two miles away, residents said.",
            "(Reporting by Lisbet Moor; Editing by Tam Okafor)",
        ]
    )
    kinds = [k for k, _ in texts(document_from_text(text, "t"))]
    assert kinds == ["title", "dateline", "paragraph", "byline"]


def test_question_headline_is_a_title_only_at_the_top():
    doc = document_from_text("Is the old dam safe?\n\nEngineers say it is.\n\nWho pays for repairs?\n", "t")
    assert [k for k, _ in texts(doc)] == ["title", "paragraph", "paragraph"]
