"""Who raised the alarm: one act one person does, told of two different people or of one."""

from __future__ import annotations

import pytest

from core.facts.alarm import alarm_raisers, rival_raisers


@pytest.mark.parametrize(
    ("a", "b", "doers"),
    [
        ("A security guard raised the alarm shortly after 3am.", "The alarm was raised by a passing taxi driver.",
         ("A security guard", "a passing taxi driver")),
        ("The freight driver sent an emergency radio alert, but it was too late.",
         "The alarm was raised not by the freight crew, as first reported, but by a signaller at Bremmel.",
         ("The freight driver", "a signaller")),
        ("The train's guard made the first emergency call at 21:49.",
         "Farmer Aksel Brandvold called 112 from his field.", ("The train's guard", "Farmer Aksel Brandvold")),
        ("A guest on the second floor raised the alarm.", "Police were alerted by a night porter.",
         ("A guest", "a night porter")),
    ],
)
def test_two_different_people_raising_the_alarm_are_rivals(a: str, b: str, doers: tuple[str, str]) -> None:
    found = rival_raisers(a, alarm_raisers(a), b, alarm_raisers(b))
    assert found is not None
    x, y = found
    assert (a[x.start : x.end], b[y.start : y.end]) == doers


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("A night porter raised the alarm and woke the guests.", "The alarm was raised by the night porter."),
        # one person told in other words
        ("A neighbour called the police at 11pm.", "Police were alerted by a 72-year-old woman living next door."),
        # a name may be the neighbour
        ("Ms Holt called the police at once.", "A neighbour called the police at 11pm."),
        # the other's doer is in the sentence too
        ("A guard raised the alarm after a taxi driver saw smoke.", "A taxi driver raised the alarm."),
        # someone: no doer told
        ("Someone raised the alarm at 3am.", "A guard raised the alarm at 3am."),
    ],
)
def test_one_doer_or_an_untold_one_is_no_rival(a: str, b: str) -> None:
    assert rival_raisers(a, alarm_raisers(a), b, alarm_raisers(b)) is None


def test_the_doer_of_a_passive_alarm_is_read_past_a_denial() -> None:
    text = "The alarm was raised not by the crew but by a signaller who saw the track circuits show red."
    assert [text[r.start : r.end] for r in alarm_raisers(text)] == ["a signaller"]
