"""Tokens: stems, numbers, names and clauses, language-aware but never English-only."""

from __future__ import annotations

from core.align.tokens import guess_language, number_value, stemmer_for, tokenize


def test_numbers_are_canonical_so_notations_agree() -> None:
    assert number_value("2,500") == number_value("2500") == "2500"
    assert number_value("11.5") == "11.5"
    assert number_value("3,5") == "3.5"  # a decimal comma, not thousands
    assert number_value("year") is None
    assert number_value("COVID") is None


def test_hyphenated_number_keeps_its_words() -> None:
    tok = tokenize("He began an 11-year sentence.", stemmer_for("en"))
    assert "11" in tok.numbers
    assert {"year", "sentenc"} <= tok.stems


def test_names_are_capitalised_words_after_the_first() -> None:
    stem = stemmer_for("en")
    tok = tokenize("Yesterday mayor Ilse Varga opened the pool.", stem)
    assert {stem("ilse"), stem("varga")} <= tok.names
    assert "yesterday" not in tok.names


def test_clauses_split_on_punctuation_but_not_inside_numbers() -> None:
    tok = tokenize("The dam held 2,500 cubic metres; engineers, however, were worried.", stemmer_for("en"))
    assert len(tok.clauses) == 4
    assert "2500" in tok.clauses[0].stems


def test_stemming_follows_the_language() -> None:
    en = tokenize("The protesters were freeing prisoners.", stemmer_for("en"))
    de = tokenize("Die Studenten lernten in den Universitäten.", stemmer_for("de"))
    assert "protest" in en.stems
    assert "universitat" in de.stems


def test_unknown_language_and_other_scripts_still_tokenise() -> None:
    stem = stemmer_for("xx")
    assert stem("Wörter") == "Wörter"
    tok = tokenize("東京で地震があった。 Землетрясение в Токио.", stem)
    assert tok.stems


def test_unspaced_scripts_compare_by_character_bigrams() -> None:
    a = tokenize("強い地震が町を襲った", stemmer_for(""))
    b = tokenize("地震が町を襲った", stemmer_for(""))
    assert len(a.stems & b.stems) >= 6


def test_guess_language_from_function_words() -> None:
    assert guess_language(["The mayor and the council said that the bridge was closed."]) == "en"
    assert guess_language(["Der Bürgermeister und die Stadt sagten, dass die Brücke nicht offen ist."]) == "de"
    assert guess_language(["12 34 56"]) == ""
