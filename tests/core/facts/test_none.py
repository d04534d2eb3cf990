"""None against some: one sentence says no such thing was done, the other counts it or tells it done."""

from __future__ import annotations

import pytest

from core.facts.none import done_and_not_done, none_and_some
from core.facts.numbers import find_quantities

CASES = [
    ("No shots were fired during the standoff.", "One shot was fired inside the building.",
     ("No shots were fired", "One")),
    ("No arrest has been made, police said.", "A 45-year-old man was arrested on Friday.",
     ("No arrest has been made", "was arrested")),
    ("No drone has been recovered so far.", "Police seized two drones near the runway.",
     ("No drone has been recovered", "two")),
    ("No further cases have been found.", "Three cases were confirmed on Monday.",
     ("No further cases have been found", "Three")),
    # nothing counted or done on the other side, or it too says none
    ("No one was hurt in the fire.", "Two people were treated for smoke inhalation.", None),
    ("No passengers were hurt.", "No passengers were hurt, and two crew members were treated.", None),
    ("No arrests have been made.", "Police have not arrested anyone.", None),
    ("The company has no plans to close the plant.", "The plant was closed in 2019.", None),
    ("No shots were fired.", "Officers fired warning shots into the air.", None),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "expected"), CASES)
def test_none_against_some(a: str, b: str, expected: tuple[str, str] | None) -> None:
    found = none_and_some(a, b, find_quantities(b)[0])
    assert (None if found is None else (a[found[0].start : found[0].end], b[found[1].start : found[1].end])) == expected


DONE = [
    ("A council spokeswoman said its licence had never been suspended.",
     "The firm had its food licence suspended on Monday.", ("licence had never been suspended", "licence suspended")),
    ("The driver was not injured, police said.", "The driver was injured in the crash.",
     ("driver was not injured", "driver was injured")),
    # when, not whether; another verb; the other side negated too
    ("The road was not reopened until Friday.", "The road was reopened on Friday.", None),
    ("The driver was not injured.", "The driver was arrested.", None),
    ("The licence has not been suspended.", "Reports that the licence was suspended are wrong: it was never suspended.",
     None),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "expected"), DONE)
def test_done_against_not_done(a: str, b: str, expected: tuple[str, str] | None) -> None:
    found = done_and_not_done(a, b)
    assert (None if found is None else (a[found[0].start : found[0].end], b[found[1].start : found[1].end])) == expected
