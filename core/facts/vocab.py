"""General English vocabularies for figures: number words, scales, fractions, units, currencies, hedges.

Kept apart from the parser so the word lists can grow (or gain other languages)
without touching the logic; nothing here names anything from a particular story.
"""

from __future__ import annotations

ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
WORD_VALUE: dict[str, float] = {w: float(i) for i, w in enumerate(ONES)}
WORD_VALUE.update({w: float(20 + 10 * i) for i, w in enumerate(TENS)})
SCALE = {
    "hundred": 100.0,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "bn": 1e9,
    "mn": 1e6,
    "m": 1e6,
    "k": 1e3,
}
FRACTION = {
    "half": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "eighth": 8,
    "tenth": 10,
    "tenths": 10,
}
# surface -> (dimension, factor to the base unit)
UNITS: dict[str, tuple[str, float]] = {}
for _names, _dim, _f in (
    ("km kilometre kilometres kilometer kilometers", "length", 1000.0),
    ("metre metres meter meters", "length", 1.0),
    ("cm centimetre centimetres centimeter centimeters", "length", 0.01),
    ("mm millimetre millimetres millimeter millimeters", "length", 0.001),
    ("mile miles", "length", 1609.344),
    ("foot feet ft", "length", 0.3048),
    ("yard yards", "length", 0.9144),
    ("litre litres liter liters", "volume", 1.0),
    ("ml millilitres milliliters", "volume", 0.001),
    ("gallon gallons", "volume", 3.785),
    ("kg kilogram kilograms kilo kilos", "mass", 1.0),
    ("tonne tonnes ton tons", "mass", 1000.0),
    ("gram grams", "mass", 0.001),
    ("hectare hectares ha", "area", 1e4),
    ("acre acres", "area", 4046.86),
    ("second seconds", "duration", 1 / 86400),
    ("minute minutes", "duration", 1 / 1440),
    ("hour hours", "duration", 1 / 24),
    ("day days", "duration", 1.0),
    ("week weeks", "duration", 7.0),
    ("month months", "duration", 30.44),
    ("year years", "duration", 365.25),
    ("dollar dollars usd", "money:USD", 1.0),
    ("euro euros eur", "money:EUR", 1.0),
    ("pound pounds gbp sterling", "money:GBP", 1.0),
    ("yen jpy", "money:JPY", 1.0),
    ("franc francs chf", "money:CHF", 1.0),
):
    for _n in _names.split():
        UNITS[_n] = (_dim, _f)
TWO_WORD_UNITS = {
    ("cubic", "metres"): ("volume", 1000.0),
    ("cubic", "metre"): ("volume", 1000.0),
    ("cubic", "meters"): ("volume", 1000.0),
    ("square", "kilometres"): ("area", 1e6),
    ("square", "metres"): ("area", 1.0),
    ("square", "miles"): ("area", 2.59e6),
    ("per", "cent"): ("percent", 1.0),
    ("percentage", "points"): ("pp", 1.0),
    ("percentage", "point"): ("pp", 1.0),
}
CURRENCY = {
    "$": "money:USD",
    "€": "money:EUR",
    "£": "money:GBP",
    "¥": "money:JPY",
    "usd": "money:USD",
    "eur": "money:EUR",
    "gbp": "money:GBP",
}
RATE = {
    "second": "s",
    "minute": "min",
    "hour": "h",
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
    "annually": "year",
    "daily": "day",
    "monthly": "month",
    "weekly": "week",
}
HEDGES = [  # words before a figure -> kind of interval
    ("more than", "above"),
    ("over", "above"),
    ("above", "above"),
    ("upwards of", "above"),
    ("just over", "above"),
    ("at least", "atleast"),
    ("no fewer than", "atleast"),
    ("up to", "upto"),
    ("as much as", "upto"),
    ("as many as", "upto"),
    ("at most", "upto"),
    ("no more than", "upto"),
    ("less than", "below"),
    ("fewer than", "below"),
    ("under", "below"),
    ("below", "below"),
    ("almost", "almost"),
    ("nearly", "almost"),
    ("just under", "almost"),
    ("close to", "almost"),
    ("about", "about"),
    ("around", "about"),
    ("some", "about"),
    ("roughly", "about"),
    ("approximately", "about"),
    ("an estimated", "about"),
    ("estimated", "about"),
    ("circa", "about"),
    ("approx", "about"),
]
