"""Which figures are about the same thing, and whether they agree.

Within one linked pair of sentences: figures that agree are paired first (so a
figure accounted for is never set against another), and a leftover figure is
a conflict only when exactly one leftover of the same kind on each side is
about the same thing (shared content words near it) and their intervals do
not meet, with a small tolerance for converted units.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from itertools import combinations

from core.facts.figure_context import PEOPLE, two_sexes
from core.facts.quantity import Quantity
from core.facts.text import CLASSES


def _overlap(a_lo: float, a_hi: float, b_lo: float, b_hi: float, tol: float) -> bool:
    # the slack is relative to the size of the figure, so it also holds below zero ("minus 10C" = "14F")
    return a_lo <= b_hi + abs(b_hi) * tol + 1e-9 and b_lo <= a_hi + abs(a_hi) * tol + 1e-9


def agree(a: Quantity, b: Quantity) -> bool:
    """Equal in substance: intervals meet (2% slack across units), or two shares that add up to the whole."""
    if a.dim != b.dim:
        return False
    # a conversion ("5 km (3 miles)") is rounded by the writer: allow the rounding of either figure, 2% to 5%
    tol = min(0.05, max(0.02, a.rounding, b.rounding)) if a.unit != b.unit else 0.0
    if a.dim == "age" and a.factor == b.factor:
        tol = 0.0  # "78-year-old" and "Lendrick, 80": two notations of years, no conversion to round
    caps = {a.hedge, b.hedge} <= {"upto"} or (a.hedge == "upto" and b.ranged) or (b.hedge == "upto" and a.ranged)
    if caps and (a.hedge or b.hedge):  # "up to 120 km/h" and "up to 120 mph", "4 to 6 hours" and "up to nine":
        return _overlap(a.hi, a.hi, b.hi, b.hi, max(tol, a.rounding, b.rounding))  # two different ceilings
    if a.ranged and b.ranged:  # two ranges agree only when their ends do
        return _overlap(a.lo, a.lo, b.lo, b.lo, tol) and _overlap(a.hi, a.hi, b.hi, b.hi, tol)
    if _overlap(a.lo, a.hi, b.lo, b.hi, tol):
        return True
    if a.dim == "percent" and a.unit == b.unit and (a.lo % 1 or b.lo % 1):  # "71.2%" rounded is "71 per cent"
        return a.lo - 0.5 < b.hi and b.lo - 0.5 < a.hi
    if a.dim == "percent" and "share" in (a.unit, b.unit):  # "600 of 3,000 ran" = "four in five cancelled"
        return _overlap(100 - a.hi, 100 - a.lo, b.lo, b.hi, 0.0)
    return False


def same_thing(a: Quantity, b: Quantity) -> bool:
    """Same kind of amount, shared words around it, and no clash of what is counted ("cases" vs "events")."""
    if a.dim != b.dim or (a.owner and b.owner and a.owner != b.owner) or a.subset != b.subset:
        return False  # ... and "two of them" (hurt) is a part of another group, not the number hurt
    if a.lasting != b.lasting:
        return False  # "19 remain in hospital" is how many are still there, not how many were taken there
    if two_sexes(a, b):
        return False  # "a 58-year-old man" and "a woman of 61"
    if a.owner and a.owner == b.owner and a.dim in ("age", "duration"):
        return True  # one person's age or term
    if not set(a.about) & set(b.about):
        return False
    if a.since and b.since and not a.since & b.since:
        return False  # "half an hour after the engines failed" and "an hour into the crossing" time two things
    if _homes(a) != _homes(b) and (_homes(a) or _homes(b)) and (_people(a) or _people(b)):
        return False  # "1,300 households" and "3,400 people" evacuated count in two units
    if (a.head and a.head in b.agents and b.head != a.head) or (b.head and b.head in a.agents and a.head != b.head):
        return False  # "two helicopters" vs "22 lifted off by helicopters": the doer is not what is counted
    if a.head and b.head and a.head != b.head:
        return a.head in b.about or b.head in a.about
    return True


_HOMES = {"homes", "famil", "flat", "apartment"}  # "homes" is text.SYNONYM's class of households, houses ...


def _homes(q: Quantity) -> bool:
    """A count of homes or households rather than of people."""
    return q.head in _HOMES or q.label in _HOMES or q.label.rstrip("s") in _HOMES


def _people(q: Quantity) -> bool:
    """A count of people (told as "people", "residents" ... or with no counted noun at all)."""
    return not q.head or q.label in PEOPLE


def pair(
    qa: Sequence[Quantity], qb: Sequence[Quantity], strong: bool = False, sure: bool = False
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(agreeing index pairs, conflicting index pairs) between the figures of two linked sentences; `strong` when
    the link is sure enough that each sentence's one figure of a kind is taken to tell the same thing, `sure` when
    that holds of counts too."""
    qa, qb = _as_counts(qa, qb), _as_counts(qb, qa)
    qa, qb = _as_rates(qa, qb), _as_rates(qb, qa)
    # a capacity or a bar ("the 151 votes needed") agrees only with its own kind, not with a count of what happened;
    # a figure its own story has superseded ("12,000 litres first reported", now 21,000) agrees with nothing
    # (unless the thing itself changed since: "31 cases, up from 23" agrees with another source's 23): the
    # other source's 12,000 is the outdated count, set against the current one
    agreements = [
        (i, j)
        for i, a in enumerate(qa)
        for j, b in enumerate(qb)
        if not ((a.superseded and not a.changed) or (b.superseded and not b.changed))
        and a.capacity == b.capacity
        and agree(a, b)
    ]
    used_a, used_b = _matched(agreements, qa, qb)
    left_a = [i for i in range(len(qa)) if i not in used_a and not qa[i].superseded and not _sum_of(qa[i], qb)]
    left_b = [j for j in range(len(qb)) if j not in used_b and not qb[j].superseded and not _sum_of(qb[j], qa)]
    conflicts = []
    for i in left_a:
        cands = [j for j in left_b if same_thing(qa[i], qb[j]) and _near(qa[i], qb[j])]
        only = len(cands) == 1  # nothing else on the other side counts what it counts
        if len(cands) > 1:  # prefer more shared words, then the same counted noun, then the closer magnitude
            cands.sort(key=lambda j: (*_closeness(qa[i], qb[j]), _ratio(qa[i], qb[j])))
            if _closeness(qa[i], qb[cands[0]]) == _closeness(qa[i], qb[cands[1]]) and _ratio(
                qa[i], qb[cands[0]]
            ) * 3 > _ratio(qa[i], qb[cands[1]]):
                continue
        if not cands:
            continue
        j = cands[0]
        back = [k for k in left_a if same_thing(qa[k], qb[j]) and _near(qa[k], qb[j])]
        if len(back) > 1:
            back.sort(key=lambda k: (*_closeness(qa[k], qb[j]), _ratio(qa[k], qb[j])))
            back = back[:1]
        rivals_a = [k for k in left_a if qa[k].dim == qa[i].dim]
        rivals_b = [k for k in left_b if qb[k].dim == qb[j].dim]
        head = qa[i].head
        named = bool(head) and [k for k in left_a if qa[k].head == head] == [i] and [
            k for k in left_b if qb[k].head == head
        ] == [j]  # the one figure on each side that counts what it names ("19 votes to 6" / "17 votes to 8")
        if back == [i] and (len(rivals_a) == 1 or len(rivals_b) == 1 or only or named):
            conflicts.append((i, j))
    if not conflicts:
        conflicts = _parallel(qa, qb, agreements, left_a, left_b) or _listed_ages(qa, qb, left_a, left_b)
    if not conflicts:
        conflicts = _currency_swap(qa, qb, left_a, left_b)
    if not conflicts and strong:
        conflicts = _lone(qa, qb, left_a, left_b, sure)
    # not rivals: a count from before the change the other tells, or what a thing can do against what it did
    apart = [
        (i, j)
        for i, j in conflicts
        if _told_before(qa[i], qb[j], qb) or _told_before(qb[j], qa[i], qa) or qa[i].capacity != qb[j].capacity
    ]
    return agreements, [c for c in conflicts if c not in apart]


def _told_before(a: Quantity, b: Quantity, b_side: Sequence[Quantity]) -> bool:
    """`a` is a count from before the change `b`'s own sentence tells, by that sentence's own figures: below
    the figure it rose from ("41 cases, up from 27" against "23 cases"), or exactly the new figure less the
    increment it gives ("the reward has risen to €15,000 after a donor added €5,000" against "€10,000"). A rise
    told without its figures ("the toll climbed to 31") still conflicts with "24 died", and so does a figure on
    the other side of the change ("rose to 6.9%" against "rose to 6.2%, up from 5.8%")."""
    if b.moved == 0 or not ((b.moved > 0 and a.hi < b.lo) or (b.moved < 0 and a.lo > b.hi)):
        return False
    for x in b_side:
        if x is b or x.dim != b.dim:
            continue
        if x.superseded and x.changed and (a.hi <= x.hi if b.moved > 0 else a.lo >= x.lo):
            return True  # the figure it changed from, with `a` on its far side
        if not x.superseded and math.isclose(a.lo + b.moved * x.lo, b.lo, rel_tol=1e-6):
            return True  # the increment: a + x = b (or a - x = b for a fall)
    return False


def _matched(
    agreements: list[tuple[int, int]], qa: Sequence[Quantity], qb: Sequence[Quantity]
) -> tuple[set[int], set[int]]:
    """The figures agreements account for, each paired once, the closest pairs first: "up to 230 km/h" admits
    both "143mph" and "75mph", but it is the 143mph; the 75mph is left to meet the other side's "100 km/h"."""
    order = sorted(agreements, key=lambda p: (_point_ratio(qa[p[0]], qb[p[1]]), p))
    used_a: set[int] = set()
    used_b: set[int] = set()
    for i, j in order:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
    return used_a, used_b


def _point(q: Quantity) -> float:
    """The value a figure names: a ceiling's top ("up to 230"), a floor's bottom ("more than 40"), else the middle."""
    if q.hedge in ("upto", "below"):
        return q.hi
    if q.hedge in ("above", "atleast"):
        return q.lo
    return (q.lo + q.hi) / 2


def _point_ratio(a: Quantity, b: Quantity) -> float:
    x, y = max(abs(_point(a)), 1e-9), max(abs(_point(b)), 1e-9)
    return max(x / y, y / x)


def _closeness(a: Quantity, b: Quantity) -> tuple[int, int, int]:
    """How surely two figures count the same thing, as a sort key (smaller is surer): the same counted noun at a
    size within 1.5x ("46 rescuers from five stations" against "more than 50 rescuers": "five" shares more words
    but counts stations), then shared words around them (150 runners against "21 taken to hospital" yields to
    "19 were taken"), then the same counted noun ("19 votes to 6" / "17 votes to 8" pairs the two vote counts)."""
    same_noun = a.dim == "count" and bool(a.head) and a.head == b.head  # a share's "head" is often "full", "higher"
    return -int(same_noun and _ratio(a, b) <= 1.5), -len(set(a.about) & set(b.about)), -int(same_noun)


def _as_rates(qs: Sequence[Quantity], others: Sequence[Quantity]) -> list[Quantity]:
    """ "250,000 crowns for every day" beside "Each day will cost it 25,000 crowns": when the other sentence names
    the same span elsewhere, its plain figure is so much per that span too, so the rate is compared as a plain
    figure. Otherwise a rate stays apart from plain figures ("2 pounds an hour" is no sum of 2 million pounds), as
    do rates per different spans ("a month", "a year") and a total spread over a span ("138 million over three
    years" is no plain 138 million)."""
    told = {o.dim for o in others}
    named = frozenset().union(*(o.spans for o in others))
    out = []
    for q in qs:
        base, _, per = q.dim.partition("/")
        plain = per in named and not q.spread and q.dim not in told and base in told
        out.append(replace(q, dim=base) if plain else q)
    return out


def _as_counts(qs: Sequence[Quantity], others: Sequence[Quantity]) -> list[Quantity]:
    """ "14 of the 60 seats" beside "17 seats": a share told as a part of a whole is compared as that part
    when the other sentence counts the same thing plainly (and gives no share of it). A part of a group of no
    stated size is compared with a count of that group when both say the same of it."""
    out = list(qs)
    for n, q in enumerate(qs):
        if q.dim == "part" and q.head and any(
            o.dim == "count" and o.head == q.head and (set(o.about) & set(q.about)) - {q.head} for o in others
        ):  # "will offer 230 of the employees a post" / "170 workers will be offered jobs": what befalls the part
            out[n] = replace(q, dim="count")
            continue
        if q.part is None or not q.head:
            continue
        same = [o for o in others if o.head == q.head]
        if any(o.dim == "count" for o in same) and not any(o.dim == "percent" for o in same):
            out[n] = replace(q, dim="count", unit="", lo=q.part, hi=q.part, part=None)
    return out


def _listed_ages(qa: Sequence[Quantity], qb: Sequence[Quantity], left_a: list[int], left_b: list[int]) -> list:
    """ "aged 8 and 11" / "aged 9 and 13": as many unowned ages on each side, none agreeing, are one list told
    in the same order."""
    kin_a = [i for i in left_a if qa[i].dim == "age" and not qa[i].owner and not qa[i].ranged]
    kin_b = [j for j in left_b if qb[j].dim == "age" and not qb[j].owner and not qb[j].ranged]
    if len(kin_a) < 2 or len(kin_a) != len(kin_b):
        return []
    return [(i, j) for i, j in zip(kin_a, kin_b, strict=True) if _ratio(qa[i], qb[j]) <= 1.5]


def _currency_swap(qa: Sequence[Quantity], qb: Sequence[Quantity], left_a: list[int], left_b: list[int]) -> list:
    """ "£85m" and "€85m" for one payment: the same figure in another currency is a conflict, not a conversion."""
    found = [
        (i, j)
        for i in left_a
        for j in left_b
        if qa[i].dim.startswith("money:")
        and qb[j].dim.startswith("money:")
        and qa[i].dim.split("/")[0] != qb[j].dim.split("/")[0]
        and qa[i].dim.partition("/")[2] == qb[j].dim.partition("/")[2]
        and abs(qa[i].lo - qb[j].lo) <= 1e-9 * max(1.0, qa[i].lo)
        and abs(qa[i].hi - qb[j].hi) <= 1e-9 * max(1.0, qa[i].hi)
        and set(qa[i].about) & set(qb[j].about)
    ]
    return found if len(found) == 1 else []


def _parallel(
    qa: Sequence[Quantity],
    qb: Sequence[Quantity],
    agreements: list[tuple[int, int]],
    left_a: list[int],
    left_b: list[int],
) -> list[tuple[int, int]]:
    """Two sentences that tell the same figures side by side ("1,482 votes to 1,473" / "1,473 ... took 1,484"):
    when one figure of a kind agrees and exactly one of that kind is left on each side, close in size and not
    counting different things, the two left over are the same figure told differently (other kinds of figure
    left over do not matter)."""
    out = []
    for dim in {qa[x].dim for x, _ in agreements}:
        kin_a = [i for i in left_a if qa[i].dim == dim]  # "two men, aged 43 and 29": the count is another kind
        kin_b = [j for j in left_b if qb[j].dim == dim]
        if len(kin_a) != 1 or len(kin_b) != 1:
            continue
        i, j = kin_a[0], kin_b[0]
        a, b = qa[i], qb[j]
        if a.ranged or b.ranged or (a.head and b.head and a.head != b.head):
            continue
        if a.subset != b.subset and not set(a.about) & set(b.about):
            continue  # "four of them in a critical condition" / "three still in intensive care": two parts
        if not (a.owner and b.owner and a.owner != b.owner) and _ratio(a, b) <= 1.5:
            out.append((i, j))
    return sorted(out)


def _lone(
    qa: Sequence[Quantity], qb: Sequence[Quantity], left_a: list[int], left_b: list[int], sure: bool = False
) -> list:
    """Two sentences surely telling one thing, each with one figure of a kind, both unaccounted for, close in size
    ("set aside EUR 58 million for severance" / "a social plan worth €62 million"): the same figure told two
    ways, though the words around them differ. Counts only on a `sure` link and within half of each other,
    whatever nouns they count ("more than 8,000 signatures" / "6,400 names"): they are too many kinds to pair on
    less."""
    out = []
    for i in left_a:
        a = qa[i]
        if (a.dim == "count" and not sure) or sum(q.dim == a.dim for q in qa) != 1:
            continue
        js = [j for j in left_b if qb[j].dim == a.dim]
        if len(js) != 1 or sum(q.dim == a.dim for q in qb) != 1:
            continue
        b = qb[js[0]]
        if a.subset or b.subset or a.umbrella or b.umbrella or a.ranged or b.ranged or two_sexes(a, b):
            continue
        if a.lasting != b.lasting:
            continue
        # sizes as named: "up to 4 metres" is a ceiling at 4, not a span from 0 half its size
        if _point_ratio(a, b) > (1.5 if a.dim == "count" else 2.0) or (a.owner and b.owner and a.owner != b.owner):
            continue
        if a.dim != "count" and a.head and b.head and a.head != b.head:
            continue
        if a.since and b.since and not a.since & b.since:
            continue
        out.append((i, js[0]))
    return out


def _ratio(a: Quantity, b: Quantity) -> float:
    x, y = max(abs(a.lo + a.hi), 1e-9), max(abs(b.lo + b.hi), 1e-9)
    return max(x / y, y / x)


def _near(a: Quantity, b: Quantity) -> bool:
    """Rival figures for one thing are of one order of magnitude; 9 shelters and 2,350 evacuees are not."""
    return _ratio(a, b) <= 20 or _scale_slip(a, b)


def _scale_slip(a: Quantity, b: Quantity) -> bool:
    """ "$1.2bn" and "$1.2m": the same digits under another scale word, a thousandfold apart."""
    if not (a.dim.startswith("money") or a.unit == b.unit) or a.ranged or b.ranged:
        return False
    r = _ratio(a, b)
    return any(abs(r / k - 1) < 0.05 for k in (1e3, 1e6, 1e9))


def _sum_of(q: Quantity, others: Sequence[Quantity]) -> bool:
    """True when q is the sum of two figures of the other sentence (a total told as its parts)."""
    if q.lo < 10 and not q.umbrella:  # 3 + 1 = 4 is a coincidence, not a total told as its parts
        return False
    same = [o for o in others if o.dim == q.dim and o.lo == o.hi]
    return any(
        abs(x.lo + y.lo - q.lo) <= 1e-6 * max(1.0, q.lo) and (q.umbrella or not _two_kinds(x, y))
        for x, y in combinations(same, 2)
    )


def _two_kinds(x: Quantity, y: Quantity) -> bool:
    """Parts that count different things ("4 dead", "19 injured"): only a word such as "casualties" sums them."""
    kx, ky = _kind(x), _kind(y)
    return bool(kx and ky and kx != ky)


def _kind(q: Quantity) -> str:
    """What a figure counts: its head, else a synonym class named beside it ("19 were injured")."""
    return q.head or next((w for w in q.about if w in CLASSES), "")
