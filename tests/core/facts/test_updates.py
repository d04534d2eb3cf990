"""Signals that a sentence's figures are partial counts."""

from __future__ import annotations

import pytest

from core.facts.updates import provisional


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("With 98% of ballots counted, the party had 41 seats.", True),
        ("With about 60 per cent of precincts reporting, turnout was 48%.", True),
        ("A provisional count gave the mayor 5,210 votes.", True),
        ("So far 12 bodies have been recovered.", True),
        ("The first tally put the Harbour Party just 14 votes ahead.", True),
        ("Earlier figures showed 30 homes flooded.", True),
        ("The first boats reached 12 villages.", False),
        ("The party won 44 seats.", False),
        ("Officials counted 12 boats in the harbour.", False),
    ],
)
def test_provisional(text: str, expected: bool) -> None:
    assert provisional(text) is expected


@pytest.mark.parametrize(
    ("text", "superseded"),
    [
        ("Police had first put the death toll at two, but raised it to four shortly before noon.", ["two"]),
        ("The number of people confirmed dead has risen to six, from the four we reported at midday.", ["four"]),
        ("Police put the death toll at two and said four more were missing.", []),
        ("Output was cut to 40 tonnes, from 55 before the strike.", ["55"]),
        # "to" as the sign of a verb, not of a new figure: the pharmacies are where the batch went
        ("The maker was told to recall the batch from about 1,200 pharmacies that received it.", []),
        ("Crews were sent to clear debris from 14 streets.", []),
        ("An earlier version of this report said four pupils were hurt; the correct figure is five.", ["four"]),
        ("The first report said 12 flights were cancelled, and the right number was 9.", ["12"]),
    ],
)
def test_an_early_figure_given_way_in_the_same_sentence_is_superseded(text: str, superseded: list[str]) -> None:
    from core.facts.collect import extract
    from core.model import Sentence

    e = extract(Sentence("s1:0", "s1", 0, 400, 400 + len(text), text))
    assert [q.text for q in e.quantities if q.superseded] == superseded
