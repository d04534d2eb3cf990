"""Agreement and 'same thing' between two figures."""

from __future__ import annotations

import pytest

from core.facts.compare import agree, pair, same_thing
from core.facts.numbers import find_quantities


def _q(text: str):
    qs, _ = find_quantities(text)
    assert len(qs) == 1, [q.text for q in qs]
    return qs[0]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("32 kilometres away", "20 miles away", True),  # 2% slack across units
        ("30 kilometres away", "20 miles away", False),
        ("about 300 sheep", "nearly 300 sheep", True),
        ("about 400 homes", "420 homes", False),
        ("more than 40 witnesses", "43 witnesses", True),
        ("more than 40 witnesses", "60 witnesses", False),
        ("aged 18 to 80", "aged 18 to 75", False),  # two ranges agree only end to end
        ("between 4 and 7 per cent", "as much as 7 per cent", True),
        ("600 of the 3,000 trains", "four in five trains", True),  # a share and its complement
        ("about 40% turnout", "more than 55% turnout", False),  # no complement between plain percentages
        ("75% lower", "0.75 percentage points", False),  # per cent and percentage points never meet
        ("$230m fee", "5 per cent fee", False),  # money and share are not compared
    ],
)
def test_agree(a: str, b: str, expected: bool) -> None:
    assert agree(_q(a), _q(b)) is expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("almost 700 hurt", "590 wounded", True),
        ("400 homes were evacuated", "350 households were evacuated", True),
        ("30 cases in the vaccine group", "nine serious events in the vaccine group", False),
        ("700 hurt", "590 dead", False),
        ("seven countries", "six countries", True),
        # the doer of a passive is not what its figure counts
        ("Two coastguard helicopters began winching", "22 people were lifted off by coastguard helicopters", False),
        ("Three lifeboats were launched", "40 people were rescued by lifeboats", False),
        ("Two coastguard helicopters began winching", "three coastguard helicopters were sent", True),
    ],
)
def test_same_thing(a: str, b: str, expected: bool) -> None:
    assert same_thing(_q(a), _q(b)) is expected


def test_pair_matches_equal_figures_first() -> None:
    a, _ = find_quantities("There was one death among vaccine recipients, against nine among placebo recipients.")
    b, _ = find_quantities("Two vaccine recipients died, as did nine placebo recipients.")
    agreements, conflicts = pair(a, b)
    assert (1, 1) in agreements  # nine = nine
    assert conflicts == [(0, 0)]  # one vs two


def test_pair_leaves_ambiguous_leftovers_alone() -> None:
    a, _ = find_quantities("Together the two firms serve 59 per cent of subscribers.")
    b, _ = find_quantities("Firm X has 38 per cent of the market, firm Y 17 per cent and firm Z 27 per cent.")
    assert pair(a, b)[1] == []


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("5 km of road", "3 miles of road", True),  # a rounded conversion
        ("8 km of road", "5 miles of road", True),
        ("10 km of road", "8 miles of road", False),
        ("1.6 km of road", "1 mile of road", True),
    ],
)
def test_conversions_allow_the_writers_rounding(a: str, b: str, expected: bool) -> None:
    assert agree(_q(a), _q(b)) is expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # the same two figures told side by side: one agrees, the other is told differently
        ("Ilsa Varne was declared the winner with 2,310 votes to 2,295 for Tomas Hale.",
         "Tomas Hale finished on 2,295 votes, while Ilsa Varne of the Harbour Party took 2,318.", [(0, 1)]),
        ("The appeal raised 8,400 euros on Monday and 3,100 on Tuesday.",
         "Donors gave 3,100 euros on Tuesday and 8,900 on Monday.", [(0, 1)]),
        # left-overs far apart in size, or counting different things, are not one figure
        ("Varne won with 2,310 votes to 2,295 for Hale.", "Hale took 2,295 votes; 14 ballots were spoiled.", []),
        ("The lorry carried 40 sheep and 12 goats.", "It carried 40 sheep and 11 dogs.", []),
    ],
)
def test_parallel_figures(a: str, b: str, expected: list[tuple[int, int]]) -> None:
    qa, _ = find_quantities(a)
    qb, _ = find_quantities(b)
    assert pair(qa, qb)[1] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # "five" shares more words with "50 rescuers" (took part, rescuers) but counts stations: the figure that
        # counts the same noun and is close in size is the rival
        (
            "More than 50 rescuers took part in the operation.",
            "In total, 46 rescuers from five stations took part.",
            ("More than 50", "46"),
        ),
        # the same noun far apart in size does not outweigh the words: 19 and 21 were taken to hospital
        (
            "More than 150 runners were treated and 19 were taken to hospital.",
            "Of the 21 runners taken to hospital, 17 had been discharged.",
            ("19", "21"),
        ),
    ],
)
def test_a_rival_counting_the_same_noun_and_close_in_size_is_preferred(
    a: str, b: str, expected: tuple[str, str]
) -> None:
    qa, qb = find_quantities(a)[0], find_quantities(b)[0]
    _, conflicts = pair(qa, qb)
    assert [(qa[i].text, qb[j].text) for i, j in conflicts] == [expected]
