"""Quoted speech and its speaker."""

from __future__ import annotations

from core.facts.quotes import find_quotes


def test_quote_and_speaker() -> None:
    text = "“We are dealing with a very large fire,” said fire officer Ruth Ansel."
    (q,) = find_quotes(text)
    assert q.text == "We are dealing with a very large fire," and text[q.start : q.end] == q.text
    assert q.speaker == "Ruth Ansel"


def test_short_scare_quotes_are_not_speech() -> None:
    assert find_quotes('The so-called "reform" failed.') == []
