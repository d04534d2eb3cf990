"""Dates, weekdays and times: forms, normalisation and which pairs name the same moment."""

from __future__ import annotations

import datetime as dt

import pytest

from core.facts.dates import dateline_date, dateline_year, find_whens, same


def _one(text: str):
    ws = find_whens(text)
    assert len(ws) == 1, [w.text for w in ws]
    return ws[0]


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("The bridge opened on 3 June.", "3 June", "--06-03"),
        ("The bridge opened on June 3.", "June 3", "--06-03"),
        ("The bridge opened on 3rd June 2031.", "3rd June 2031", "2031-06-03"),
        ("The bridge opened on Friday, 6 June 2031.", "Friday, 6 June 2031", "2031-06-06"),
        ("The report is due in November.", "November", "--11"),
        ("The report is due by the end of November.", "the end of November", "--11"),
        ("Work ends in the third quarter of 2032.", "third quarter of 2032", "2032-07/09"),
        ("The ferry sank on Saturday.", "Saturday", "Saturday"),
        ("The ferry sank late on Saturday night.", "late on Saturday night", "Saturday"),
        ("The ferry sank last Saturday.", "last Saturday", "Saturday"),
        ("Crews arrived at 4.15pm.", "4.15pm", "16:15"),
        ("Crews arrived at 4:15 p.m.", "4:15 p.m.", "16:15"),
        ("Crews arrived at 16:15.", "16:15", "16:15"),
        ("Crews arrived at 1515 GMT.", "1515 GMT", "15:15 UTC"),
        ("Crews arrived at 15:15 UTC.", "15:15 UTC", "15:15 UTC"),
    ],
)
def test_forms(text: str, mention: str, value: str) -> None:
    w = _one(text)
    assert w.text == mention and w.value == value


def test_may_the_verb_is_no_month() -> None:
    assert find_whens("Roads may be closed for days.") == []


@pytest.mark.parametrize(
    ("a", "b", "year", "expected"),
    [
        ("on 6 June", "on Friday", 2031, True),  # 6 June 2031 is a Friday
        ("on 6 June", "on Thursday", 2031, False),
        ("on 6 June", "on Thursday", None, None),  # no year: cannot tell
        ("on Friday", "on Friday evening", None, True),
        ("on Friday", "early on Saturday", None, False),
        ("on 6 June", "on 13 June", None, False),
        ("in the first quarter of 2032", "by the end of March", 2032, True),
        ("in September", "in October", None, False),
        ("at 1515 GMT", "at 4.15pm", None, None),  # UTC against local: the offset is unknown
        ("at 15:15 UTC", "at 1515 GMT", None, True),
        ("at 19:40", "at 7:40 p.m.", None, True),
        ("at 7:40", "at 19:40", None, True),  # no am/pm: either half of the day
        ("at 9am", "at 11am", None, False),
        ("shortly after 3am", "at 3.10am", None, True),  # a hedged time is a window, not a minute
        ("shortly after 3am", "just before 5am", None, False),
        ("just before 8pm", "at 7.45pm", None, True),
        ("about 3pm", "at 3.10pm", None, True),
        ("about 3pm", "at 3.40pm", None, False),
        ("nearly 6am", "at 6.10am", None, False),  # "nearly" stays below
    ],
)
def test_same_moment(a: str, b: str, year: int | None, expected: bool | None) -> None:
    assert same(_one(a), _one(b), year, year) is expected


def test_anchors_are_not_the_event_day() -> None:
    assert _one("shut since Monday").anchor
    assert _one("a spokesman said on Monday").anchor
    assert not _one("the roof fell in on Monday").anchor
    assert _one("no trains ran after 3am").anchor  # a bound
    assert not _one("the ship docked shortly after 3am").anchor  # a hedged time of the event itself
    assert _one("protests grew after Sunday's vote").anchor  # the day of another event
    assert _one("the result of Sunday’s poll").anchor


def test_dateline_year() -> None:
    assert dateline_year("By Jo Bloggs\nWednesday 4 June 2031\n\nText") == 2031
    assert dateline_year("No year at the top.") is None
    # a dateline without its year: a year further down dates something else
    assert dateline_year("KILBRACK, March 17 (NLP) - The estate has run shoots since 2008.") is None
    assert dateline_year("KILBRACK, March 17, 2031 (NLP) - The estate has run shoots since 2008.") == 2031
    assert dateline_year("Updated in 2031\n\nThe ferry sank off the cape.") == 2031


def test_a_since_clause_is_background() -> None:
    assert _one("gains made since the deal was announced in June 2031").anchor
    assert not _one("the deal was announced in June 2031").anchor


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        ("Storm Ingrith: latest\n\nLast updated: 20/01/2025, 10:15\n\nThe pier fell.", dt.date(2025, 1, 20)),
        ("Situation report No. 3\n\nPress office | 08.04.2025, 16:00\n\nA quake hit.", dt.date(2025, 4, 8)),
        ("Updated 12/31/2025 at noon\n\nThe count ended.", dt.date(2025, 12, 31)),  # only month first fits
        ("KILBRACK, March 17 (Wire) - A fire broke out.", dt.date(2025, 3, 17)),  # the comparison's year
        ("A fire broke out. Three in 4 homes lost power.", None),
    ],
)
def test_an_articles_own_date_in_words_or_figures(top: str, expected: dt.date | None) -> None:
    assert dateline_date(top, 2025) == expected
