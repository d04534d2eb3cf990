"""One figure of a sentence, normalised: the value as an interval in a base unit, and what its words tell of it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Quantity:
    start: int  # offsets into the sentence text
    end: int
    text: str
    lo: float
    hi: float
    dim: str  # count, percent, pp, length, volume, duration, money:EUR, age ...
    unit: str = ""  # surface unit, so a conversion can be told from a same-unit pair
    hedge: str = ""
    superseded: bool = False
    changed: bool = False  # superseded because the thing itself changed ("up from 23", "raised from €2.5m")
    ranged: bool = False  # an explicit range "18 to 80"
    rounding: float = 0.0  # half a unit of the last written digit, relative ("20" -> 0.25, "32" -> 0.016)
    about: list[str] = field(default_factory=list)  # content stems around it
    head: str = ""  # stem of what it counts ("injured" for "590 wounded"), "" when unsure
    label: str = ""  # the same as a readable word, for the facts table
    owner: str = ""  # the person it belongs to ("Okoro, 64," / "Okoro's 11-year term"), by name key
    umbrella: bool = False  # counts a class that may add up kinds ("7 casualties" = 2 dead and 5 hurt)
    agents: list[str] = field(default_factory=list)  # who acts on what it counts: "22 lifted off by helicopters"
    since: frozenset[str] = frozenset()  # what a span of time counts from: "an hour after the engines failed"
    factor: float = 1.0  # base units per written unit ("6 years" -> 365.25 days a year), to carry to an elided unit
    part: float | None = None  # the part of a share told as "14 of the 60 seats": 14
    subset: bool = False  # "two of them": a part of a group the sentence counts, no total of its own
    spread: bool = False  # a total spread over a span ("138 million over three years"), kept as so much a year
    spans: frozenset[str] = frozenset()  # the spans of time its sentence names anywhere ("each day", "next year")
    increment: bool = False  # "a further 3.5%": added to another figure, never a total (dropped by find_quantities)
    capacity: bool = False  # what a thing can do or must reach ("can carry 180", "the 151 votes needed"), not a count
    lasting: bool = False  # how many are still in a state ("remain in hospital"), not how many it befell
    moved: int = 0  # +1 where the thing rose to ("has risen to €15,000", "41 cases, up from 27"), -1 where it fell to

    @property
    def value(self) -> float | list[float]:
        return _tidy(self.lo) if self.lo == self.hi else [_tidy(self.lo), _tidy(self.hi)]



def _tidy(x: float) -> float:
    r = round(x, 6)
    return int(r) if r == int(r) and abs(r) < 1e15 else r


