"""Tokens, stems, synonym classes and the English test."""

from __future__ import annotations

import pytest

from core.facts.text import content, is_english, tokenize


def test_tokens_keep_offsets() -> None:
    text = "About 2,500 cubic metres (€3.2m) left."
    for t in tokenize(text):
        assert text[t.start : t.end] == t.text
    assert [t.text for t in tokenize("2,500.5 and 3,2")][:1] == ["2,500.5"]


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("wounded", "injured"),
        ("hurt", "injured"),
        ("killed", "dead"),
        ("households", "homes"),
        ("employees", "staff"),
        ("hospitalisation", "hospital"),
        ("countries", "countr"),
        ("the", None),
        ("people", None),
    ],
)
def test_content_stems(word: str, stem: str | None) -> None:
    assert content(word) == stem


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council said that about 400 homes had been evacuated by the police.", True),
        ("Mehr als 60 Feuerwehrleute waren am Dienstag im Einsatz, sagte die Polizei.", False),
        ("Según la policía, unas 400 viviendas fueron evacuadas el martes.", False),
        ("Short line.", True),
    ],
)
def test_is_english(text: str, expected: bool) -> None:
    assert is_english(text) is expected


def test_an_english_sentence_of_content_words_and_pronouns_is_english() -> None:
    # 12 words, one of them in the old list ("an"): it was taken for a foreign sentence, and no conflict was judged
    assert is_english("An air force helicopter flew out 18 people, among them several elderly residents.")
    assert not is_english("Ein Hubschrauber der Luftwaffe flog 18 Menschen aus, darunter mehrere ältere Bewohner.")


def test_the_past_of_an_ay_verb_shares_its_stem() -> None:
    assert content("repaid") == content("repay") == content("repays")
    assert content("paid") == content("pay")


def test_a_quote_and_its_speaker_are_english_without_many_function_words() -> None:
    assert is_english('"Our crews worked all night," deputy chief fire officer Ilse Marrick told reporters.')
    assert not is_english('"Unsere Teams haben die ganze Nacht gearbeitet", sagte die Feuerwehrchefin Ilse Marrick.')
