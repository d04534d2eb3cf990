"""Figures in a sentence, normalised to comparable intervals in base units.

"almost 700", "a dozen", "half a kilometre", "$4.6bn", "nine in ten", "thirty to
forty millimetres" all become a Quantity with an interval [lo, hi] in a base unit
(metres, litres, days, per cent, currency units), so that equal amounts in other
words or units agree and hedged figures agree when their intervals overlap.
"""

from __future__ import annotations

import itertools
import re

from core.facts.figure_context import describe
from core.facts.quantity import Quantity
from core.facts.text import Token, content, head, tokenize, window
from core.facts.vocab import CURRENCY, FRACTION, HEDGES, RATE, SCALE, TWO_WORD_UNITS, UNITS, WORD_VALUE

# the longest hedge first: "just under 1,200" is almost 1,200, not anything under it
_HEDGE_WORDS = sorted(((words.split(), kind) for words, kind in HEDGES), key=lambda h: -len(h[0]))
_SUPERSEDED = {"first", "initially", "earlier", "originally", "previously", "initial", "original", "preliminary"}
_EARLY_ADJECTIVES = {"first", "initial", "original", "preliminary"}
_UPDATE = set(
    "up down rose risen raised revised increased fell cut lowered climbed jumped dropped to corrected".split()  # noqa: SIM905
)
_CHANGE = _UPDATE - {"revised", "corrected", "to"}
_RELATIVE_AFTER = {"more", "fewer", "less", "times", "extra", "additional"}
_RELATIVE_BEFORE = {"further", "another", "additional", "extra"}  # "a further 9": an increment, not a total
_ARTICLE = {"a", "an", "one"}
_PERSON = {"man", "woman", "boy", "girl", "person"}
_SPAN_VERBS = {"last", "lasts", "lasted", "lasting", "for", "took", "take", "takes", "within"}


_STARTS = set(WORD_VALUE) | {"a", "an", "one", "half"}


def _num(tok: Token) -> float | None:
    if tok.text[:1].isdigit():
        try:
            return float(tok.text.replace(",", ""))
        except ValueError:
            return None
    return None


def _words_number(toks: list[Token], i: int) -> tuple[float, int] | None:
    """Parse English number words from token i ("forty-two", "eleven hundred", "three hundred"); -> (value, next)."""
    total = current = 0.0
    j = i
    seen = False
    while j < len(toks):
        w = toks[j].low
        if w in WORD_VALUE:
            if seen and toks[j - 1].low not in ("-", "hundred", "and") and current % 100 == 0 and current:
                pass
            elif (
                seen
                and toks[j - 1].low != "-"
                and toks[j - 1].low not in ("hundred", "thousand", "million", "billion", "and")
            ):
                break
            current += WORD_VALUE[w]
            seen = True
        elif seen and w in ("hundred", "thousand", "million", "billion"):
            if w == "hundred":
                current *= 100
            else:
                total += current * SCALE[w]
                current = 0.0
        elif (seen and w == "-" and j + 1 < len(toks) and toks[j + 1].low in WORD_VALUE) or (
            seen
            and w == "and"
            and j + 1 < len(toks)
            and toks[j + 1].low in WORD_VALUE
            and toks[j - 1].low in ("hundred", "thousand")
        ):
            pass
        else:
            break
        j += 1
    if not seen:
        return None
    while j > i and toks[j - 1].low in ("-", "and"):
        j -= 1
    return total + current, j


def _core(toks: list[Token], i: int) -> tuple[float, int, str] | None:
    """A bare amount at token i -> (value, next index, kind) with kind 'n' (number) or 'frac' (a share)."""
    t = toks[i]
    w = t.low
    v = _num(t)
    if v is not None:
        j = i + 1
        # "58 000": thousands set off by a space, as much of Europe writes them
        while (
            t.text.isdigit()
            and len(toks[i].text) <= 3
            and j < len(toks)
            and len(toks[j].text) == 3
            and toks[j].text.isdigit()
            and toks[j].start == toks[j - 1].end + 1
        ):
            v, j = v * 1000 + int(toks[j].text), j + 1
        return v, j, "n"
    if w in _ARTICLE and i + 1 < len(toks):
        nxt = toks[i + 1].low
        if nxt == "single":
            return 1.0, i + 2, "n"
        if nxt == "dozen":
            return 12.0, i + 2, "n"
        if nxt in ("hundred", "thousand", "million", "billion") and w != "one":
            return SCALE[nxt], i + 2, "n"
        if nxt in FRACTION and w in ("a", "one"):
            if i + 2 < len(toks) and toks[i + 2].low == "-" and toks[i + 2].start == toks[i + 1].end:
                return None  # "a fifth-floor balcony": an ordinal in a compound, not a share
            return _share_of_scale(toks, i + 2, 100.0 / FRACTION[nxt])
        if nxt in UNITS and w != "one" and i > 0 and toks[i - 1].low in ("than", "about", "almost", "nearly", "under"):
            return 1.0, i + 1, "n"
        measure = nxt in UNITS and not UNITS[nxt][0].startswith("money")
        if measure and w != "one" and i > 0 and toks[i - 1].low in _SPAN_VERBS:
            return 1.0, i + 1, "n"  # "the closure will last a fortnight", "jailed for a year"
        if measure and w != "one" and tuple(t.low for t in toks[i + 2 : i + 5]) in _AND_PART:
            return 1.0, i + 1, "n"  # "a mile and a half": a measure, whatever comes before it
    if w == "half":
        if (
            i + 2 < len(toks)
            and toks[i + 1].low == "a"
            and toks[i + 2].low in ("million", "billion", "thousand", "hundred", "dozen")
        ):
            k = toks[i + 2].low
            return (6.0 if k == "dozen" else SCALE[k] / 2), i + 3, "n"
        if i + 2 < len(toks) and toks[i + 1].low in ("a", "an") and toks[i + 2].low in UNITS:
            return 0.5, i + 2, "n"
        if i + 1 < len(toks) and toks[i + 1].low == "of":
            return 50.0, i + 1, "frac"
        if i + 1 < len(toks) and toks[i + 1].low in ("the", "its", "their", "his", "her", "all"):
            return 50.0, i + 1, "frac"  # "half the workforce"
        return None
    parsed = _words_number(toks, i)
    if parsed is None:
        return None
    v, j = parsed
    if j < len(toks) and toks[j].low == "dozen":
        return v * 12, j + 1, "n"
    # "three-quarters", "two thirds"
    k = j + 1 if j < len(toks) and toks[j].low == "-" else j
    if k < len(toks) and toks[k].low in FRACTION and toks[k].low != "half" and v < FRACTION[toks[k].low]:
        return _share_of_scale(toks, k + 1, 100.0 * v / FRACTION[toks[k].low])
    return v, j, "n"


def _share_of_scale(toks: list[Token], j: int, pct: float) -> tuple[float, int, str]:
    """A share, or an amount when it is a share of a scale word: "a quarter of a million" is 250,000."""
    if (
        j + 2 < len(toks)
        and toks[j].low == "of"
        and toks[j + 1].low in ("a", "an", "one")
        and toks[j + 2].low in ("million", "billion", "thousand", "hundred")
    ):
        return pct / 100.0 * SCALE[toks[j + 2].low], j + 3, "n"
    return pct, j, "frac"


def _skip_dash(toks: list[Token], j: int) -> int:
    return j + 1 if j < len(toks) and toks[j].text in ("-", "‑") else j


def find_quantities(
    text: str, claimed: list[tuple[int, int]] | None = None, tokens: list[Token] | None = None
) -> tuple[list[Quantity], list[int]]:
    """All figures of a sentence (skipping spans claimed by dates and times) and the years it names."""
    toks = tokenize(text) if tokens is None else tokens
    claimed = claimed or []
    out: list[Quantity] = []
    years: list[int] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if any(a <= t.start < b for a, b in claimed):
            i += 1
            continue
        if (
            i > 1
            and toks[i - 1].text == "-"
            and toks[i - 2].text[:1].isalpha()
            and toks[i - 2].end == toks[i - 1].start  # "NVB-207" is a code; "to -5C" is below zero
            and _num(t) is not None
        ):
            i += 1  # a code such as NVB-207
            continue
        if t.low in _DECADE_WORDS and i > 0 and toks[i - 1].low in _AGE_BAND:
            q = _age_band(toks, i, i + 1, float(_DECADE_WORDS[t.low]))  # "a man in his thirties"
            q.text = text[q.start : q.end]
            out.append(q)
            i += 1
            continue
        got = _core(toks, i) if t.text[:1].isdigit() or t.low in _STARTS else None
        if got is not None and got[2] == "frac" and any(t.start < b and a < toks[got[1] - 1].end for a, b in claimed):
            got = None  # "a quarter past midnight": the share is part of a time already read
        if got is None:
            i += 1
            continue
        q, j = _extend(toks, i, got, years)
        if q is not None and q.increment:
            # "rise by 5% from October and by a further 3.5% a year later": 5% is one step, no total
            for p in out:  # (a count only when it counts the same thing: "two died and another 27 were hurt")
                p.subset |= p.dim == q.dim and (q.dim != "count" or (bool(p.head) and p.head == q.head))
        elif q is not None:
            q.text = text[q.start : q.end]
            out.append(q)
        i = max(j, i + 1)
    named = frozenset(RATE[w] for t in toks if (w := t.low if t.low in RATE else t.low[:-1]) in RATE)
    for q in out:
        q.spans = named
    _read_tallies(text, out)
    _carry_currency(text, out)
    _carry_unit(toks, out)
    _carry_aside(text, out)
    _carry_age(text, out)
    return out, years


_PREP = {"for", "of", "to", "by", "at", "in", "over", "within", "after"}


def _index(toks: list[Token], start: int) -> int:
    return next((k for k, t in enumerate(toks) if t.start == start), -1)


# a vote on a motion told as its tally: "carried by 27 votes to 12", "voted 31 to 8"
_TALLY_BEFORE = re.compile(r"(?:\bby|\bvoted|\bvote\s+of|\bmajority\s+of)\s+$", re.I)
_TALLY_BETWEEN = re.compile(r"^\s+(?:votes?\s+)?(?:to|-|–)\s*$", re.I)
_TALLY_AFTER = re.compile(r"^\s*(?:votes?\s+)?(?:for\s+[A-Z]|[A-Z][\w’']*['’]s)")  # "to 2,295 for Hale": a rival


def _read_tallies(text: str, found: list[Quantity]) -> None:
    """The two figures of a motion's tally ("by 27 votes to 12", "voted 31 to 8") are the votes for and the votes
    against, whatever nouns stand beside them, so each meets its own kind in the other source's tally."""
    for x, y in itertools.pairwise(found):
        if x.dim != "count" or y.dim != "count" or x.lo != x.hi or y.lo != y.hi:
            continue
        between = text[x.end : y.start]
        if not _TALLY_BETWEEN.match(between) or not (
            _TALLY_BEFORE.search(text[: x.start]) or between.lstrip().lower().startswith("vote")
        ):
            continue
        if _TALLY_AFTER.match(text[y.end :]):
            continue
        for q, side in ((x, "for"), (y, "against")):
            q.head, q.label = f"votes {side}", f"votes {side}"
            q.about = sorted({*q.about, "vote", f"votes {side}"})


def _carry_unit(toks: list[Token], found: list[Quantity]) -> None:
    """ "jailed for 6 years and his accomplice for 4": a bare figure ending its clause after the same preposition
    as an earlier measured figure is in that figure's unit (the writer left the unit out)."""
    for n, q in enumerate(found):
        if q.dim != "count" or q.unit or q.head or q.lo != q.hi:
            continue
        k = _index(toks, q.start)
        if k < 1 or toks[k - 1].low not in _PREP:
            continue
        after = [t for t in toks if t.start >= q.end]
        if after and after[0].text not in (",", ".", ";", ":", ")"):
            continue
        for p in reversed(found[:n]):
            pk = _index(toks, p.start)
            if (
                p.unit
                and p.dim not in ("count", "percent", "age", "temperature")
                and "/" not in p.dim
                and pk > 0
                and toks[pk - 1].low == toks[k - 1].low
            ):
                q.dim, q.unit, q.factor = p.dim, p.unit, p.factor
                q.lo, q.hi = q.lo * p.factor, q.hi * p.factor
                break


def _carry_age(text: str, found: list[Quantity]) -> None:
    """ "two men, aged 43 and 29,": bare figures listed right after an age, ending the clause, are ages too
    ("in her 80s and 12 others" counts others)."""
    for prev, q in itertools.pairwise(found):
        between = text[prev.end : q.start].strip(" ,")
        ends = text[q.end :].lstrip()[:1] in ("", ",", ".", ";", ":", ")")
        bare = q.dim == "count" and not q.head and not q.unit and q.lo == q.hi and 0 < q.lo < 120
        if prev.dim == "age" and bare and q.lo == int(q.lo) and between in ("", "and", "or") and ends:
            q.dim, q.label, q.about = "age", prev.label, list(prev.about)


def _carry_aside(text: str, found: list[Quantity]) -> None:
    """ "£2bn ($2.5bn)": a figure in brackets right after another is the same amount retold, about the same thing."""
    for prev, q in itertools.pairwise(found):
        if text[prev.end : q.start].strip() == "(" and not q.about:
            q.about = list(prev.about)
            q.head = q.head or prev.head


_ANAPHOR = {"number", "total", "figure", "tally", "count", "toll"}
_NP_END = {"was", "were", "is", "are", "had", "has", "have", "called", "at", "in", "on", "to", "by", "and", "but"}


def carry_anaphor(toks: list[Token], found: list[Quantity]) -> None:
    """ "5 workers were trapped; the number had risen to 8": a figure told as "the number" or "the total", with
    no counted noun of its own, is about what the sentence's other figures count. Used by the fact comparison
    only (not by find_quantities, whose figures the aligner also reads)."""
    heads = []
    for k, t in enumerate(toks):
        if t.text[:1].isdigit() or t.low in WORD_VALUE:
            h, _ = head(toks, k + 1)
            if h:
                heads.append(h)
        elif t.low in _ANAPHOR and k + 2 < len(toks) and toks[k + 1].low == "of":
            # "the number of planned operations ... was first put at 56, but later raised it to 112"
            heads += [c for x in toks[k + 2 : k + 5] if x.is_word and x.low not in _NP_END and (c := content(x.text))]
    anaphor = _ANAPHOR | ({"it"} if any(t.low in _ANAPHOR for t in toks) else set())
    for q in found:
        if q.head or q.dim != "count":
            continue
        k = _index(toks, q.start)
        if k < 0 or not {t.low for t in toks[max(0, k - 5) : k]} & anaphor:
            continue
        q.about = list(dict.fromkeys(q.about + [h for h in heads if h]))


_ELIDED = re.compile(r"^(?:\s+[\w’']+){0,4}?\s*(?:,|\band\b|\bor\b|\bto\b|\bagainst\b|\bversus\b)\s*$")
_AFTER_BARE = re.compile(r"^\s*(?:$|[,.;:)]|(?:on|in|at|by|for|from|a|per|each|this|last|that|the)\b)")


def _carry_currency(text: str, found: list[Quantity]) -> None:
    """ "8,400 euros on Monday and 3,100 on Tuesday": a bare figure after an amount of money, joined by "and"
    or a comma and followed by no noun of its own, is money in the same currency (the writer left it out)."""
    for prev, q in itertools.pairwise(found):
        if (
            q.dim == "count"
            and prev.dim.startswith("money:")
            and "/" not in prev.dim
            and not q.head
            and _ELIDED.match(text[prev.end : q.start])
            and _AFTER_BARE.match(text[q.end :])
        ):
            q.dim, q.unit = prev.dim, prev.unit


def _extend(toks: list[Token], i: int, got: tuple[float, int, str], years: list[int]) -> tuple[Quantity | None, int]:
    value, j, kind = got
    first = toks[i]
    if first.text[:1].isdigit() and j < len(toks) and toks[j].low == "s" and toks[j].start == first.end:
        if value >= 1000:
            years.extend(range(int(value), int(value) + 10))  # a decade: "1960s"
            return None, j + 1
        if value % 10 == 0 and value < 120 and i > 0 and toks[i - 1].low in _AGE_BAND:
            return _age_band(toks, i, j + 1, value), j + 1  # "a woman in her 80s"
        return None, j + 1  # "the 80s", "temperatures in the 30s": no year of this story, no count
    # a year (2011) is context, not a figure
    if kind == "n" and first.text.isdigit() and 1800 <= value <= 2100 and "," not in first.text:
        nxt = toks[j].low if j < len(toks) else ""
        prev = toks[i - 1].text if i else ""
        if prev not in CURRENCY and nxt not in UNITS and nxt not in SCALE and nxt != "%":
            years.append(int(value))
            if j + 1 < len(toks) and toks[j].text in "-–/" and re.fullmatch(r"\d\d", toks[j + 1].text):
                years.append(int(value) // 100 * 100 + int(toks[j + 1].text))  # "2024-25"
                return None, j + 2
            return None, j
    if kind == "n" and [t.low for t in toks[j : j + 3]] == ["and", "a", "half"]:
        value, j = value + 0.5, j + 3  # "two and a half hours", "one and a half million"
    dim, unit, factor = ("percent", "fraction", 1.0) if kind == "frac" else ("count", "", 1.0)
    part = None
    start_i = i
    # currency before
    if i > 0 and toks[i - 1].low in CURRENCY:
        dim, unit = CURRENCY[toks[i - 1].low], toks[i - 1].low
        start_i = i - 1
    # scale
    if (
        j < len(toks)
        and toks[j].low in SCALE
        and (toks[j].low not in ("m", "k", "bn", "mn") or dim.startswith("money") or toks[j].start == toks[j - 1].end)
        and not (
            toks[j].low == "m"
            and not dim.startswith("money")
            and not _currency_word(toks, j + 1)
            and not _told_in_millions(toks, j + 1)
        )
    ):
        value *= SCALE[toks[j].low]
        j += 1
    hi_value = value
    # range: "thirty to forty", "18-80", "between 4 and 7", "between minus 6 and minus 10 degrees"
    below = start_i > 1 and toks[start_i - 1].low in _MINUS and toks[start_i - 2].low in ("between", "from")
    if below:
        start_i -= 1  # the sign is read again below, once the unit is known
    between = start_i > 0 and toks[start_i - 1].low in ("between", "from")
    update = (  # "revised up from 8 to 11" is an old and a new figure, not a range
        between
        and toks[start_i - 1].low == "from"
        and bool({t.low for t in toks[max(0, start_i - 7) : start_i - 1]} & (_UPDATE - {"to"}))
    )
    if (
        not update
        and j + 1 < len(toks)
        and (toks[j].low == "to" or toks[j].text in ("-", "–") or (between and toks[j].low == "and"))
    ):
        signed = j + 2 < len(toks) and toks[j + 1].low in _MINUS
        other = _core(toks, j + 1 + signed) if signed == below else None  # both ends below zero, or neither
        if other is not None and other[2] == kind:
            end = other[1]
            scaled = end < len(toks) and toks[end].low in SCALE and toks[end].low not in ("m", "k")
            top = other[0] * SCALE[toks[end].low] if scaled else other[0]  # "30 million to 40 million": both scaled
            bottom = value * SCALE[toks[end].low] if scaled and value < top / 100 else value  # "30 to 40 million"
            if top >= bottom:
                value, hi_value, j = bottom, top, end + int(scaled)
    if below:
        start_i += 1
    if between and not update and not below:
        start_i -= 1
    aged = start_i > 0 and toks[start_i - 1].low in ("aged", "age", "ages")  # read once its unit is known
    # "a woman of 34", "a man of 61": a person's age told after them
    aged |= [t.low for t in toks[max(0, start_i - 3) : start_i]] in ([a, p, "of"] for a in ("a", "an") for p in _PERSON)
    # "600 of the 3,000" -> a share; "one in eight", "three out of four"
    k = j
    if kind == "n" and dim == "count" and k < len(toks) and toks[k].low in ("of", "in", "out"):
        k2 = k + 1
        if toks[k].low == "out" and k2 < len(toks) and toks[k2].low == "of":
            k2 += 1
        if toks[k].low in ("in", "out") and k2 < len(toks) and toks[k2].low == "every":
            k2 += 1  # "three out of every four", "one in every five"
        if toks[k].low == "of" and k2 < len(toks) and toks[k2].low == "the":
            k2 += 1
        whole = _core(toks, k2) if k2 < len(toks) else None
        if whole is not None and whole[2] == "n" and whole[0] > value > 0 and hi_value == value:
            small = toks[k].low != "of" and whole[0] <= 1000
            if toks[k].low == "of" or small:
                part = value
                value = hi_value = 100.0 * value / whole[0]
                dim, unit = "percent", "share"
                j = whole[1]
        elif whole is None and toks[k].low == "of" and k2 > k + 1 and k2 < len(toks) and toks[k2].text[:1].isalpha():
            # "three of the injured": a part of a group, never the size of the group itself
            dim = "part"
    # unit or percent after
    j2 = _skip_dash(toks, j)
    if j2 < len(toks):
        w = toks[j2].low
        pair = (w, toks[j2 + 1].low) if j2 + 1 < len(toks) else ("", "")
        if pair in TWO_WORD_UNITS and dim in ("count",):
            dim, factor = TWO_WORD_UNITS[pair]
            unit, j = "%" if dim == "percent" else " ".join(pair), j2 + 2  # "per cent" is "%", no conversion
        elif w in ("%", "percent", "pc") and dim == "count":
            dim, unit, j = "percent", "%", j2 + 1
        elif w in UNITS and dim == "count" and not (w == "m" and toks[j2].start != toks[j2 - 1].end):
            dim, factor = UNITS[w]
            unit, j = w, j2 + 1
        elif w == "m" and dim == "count" and toks[j2].start == toks[j2 - 1].end:
            dim, factor, unit, j = "length", 1.0, "m", j2 + 1
    if dim == "length" and j + 1 < len(toks) and toks[j].text == "/" and toks[j + 1].low in ("h", "hr", "hour"):
        dim, factor, unit, j = "speed", factor / 1000.0, unit + "/h", j + 2  # "120 km/h"
    extra_part = _AND_PART.get(tuple(t.low for t in toks[j : j + 3]))
    if dim != "count" and unit and extra_part:  # "a day and a half", "a mile and a quarter"
        value, hi_value, j = value + extra_part, hi_value + extra_part, j + 3
    if dim == "count" and (temp := _temperature(toks, j)) is not None:
        dim, unit, j = "temperature", temp[0], temp[1]
    elif dim == "count" and j < len(toks) and toks[j].low in ("degrees", "degree") and _weather(toks):
        # "The temperature was already 27 degrees": no scale named, so the one a weather report above 50 is in
        dim, unit, j = "temperature", "f" if value > 50 else "c", j + 1
    if dim == "count" and _currency_word(toks, j) and toks[j].low not in UNITS:
        j += 1  # "US dollars", "Swiss francs": the nationality word is part of the currency's name
    if j < len(toks) and toks[j].low in UNITS and UNITS[toks[j].low][0].startswith("money") and dim == "count":
        dim, unit = UNITS[toks[j].low][0], toks[j].low
        j += 1
    if (
        hi_value == value
        and dim not in ("count", "percent")
        and j + 1 < len(toks)
        and (toks[j].low == "to" or toks[j].text in ("-", "–") or (between and toks[j].low == "and"))
        and (rng := _repeated_range(toks, j, dim, unit, value)) is not None
    ):
        j, hi_value = rng
    extra = 0.0
    if dim == "duration" and hi_value == value and (more := _compound(toks, j, factor)) is not None:
        extra, j = more  # "two hours and 50 minutes", "2 years 3 months": one span told in two units
    # an age is in years: "aged 14 months" and "an 18-month-old" are a year and a bit, not 14 and 18
    if aged and dim == "count":
        dim = "age"
    elif aged and dim == "duration":
        dim, factor, extra = "age", factor / _DAYS_A_YEAR, extra / _DAYS_A_YEAR
    elif dim == "duration" and j + 1 < len(toks) and toks[j].text == "-" and toks[j + 1].low == "old":
        dim, j, factor, extra = "age", j + 2, factor / _DAYS_A_YEAR, extra / _DAYS_A_YEAR
    elif dim == "duration" and j < len(toks) and toks[j].low == "old":
        dim, j, factor, extra = "age", j + 1, factor / _DAYS_A_YEAR, extra / _DAYS_A_YEAR
    # a rate: "per second", "a year", "in every 5 ml"; or a total "over three years"
    spread = False
    if (told := _rate_told(toks, j, dim)) is not None:
        (suffix, per, end), spread, consumed = told
        dim, value, hi_value = dim + "/" + suffix, value / per, hi_value / per
        j = end if consumed else j
    if unit in ("pound", "pounds") and {t.low[:5] for t in toks} & {"weigh", "heavy"}:
        dim, factor = "mass", 0.45359237  # "the parcel weighed 11 pounds": weight, not sterling
    lo, hi = value * factor + extra, hi_value * factor + extra
    if (
        dim == "temperature"
        and start_i > 0
        and (
            toks[start_i - 1].low in ("minus", "negative")
            or (
                toks[start_i - 1].text in ("-", "−")
                and toks[start_i - 1].end == first.start
                and not (start_i > 1 and toks[start_i - 2].end == toks[start_i - 1].start)
            )
        )
    ):
        lo, hi = -hi, -lo  # "minus 10C", "-10C": below zero
        start_i -= 1
        if below:
            start_i -= 1  # "between minus 6 and minus 10 degrees": the whole range is the mention
    if unit == "f":  # Fahrenheit to Celsius: an offset scale, not a factor
        lo, hi = (lo - 32) * 5 / 9, (hi - 32) * 5 / 9
    hedge = ""
    h_start = start_i
    low_before = [x.low for x in toks[max(0, start_i - 3) : start_i]]
    for words, kind_h in _HEDGE_WORDS:
        n = len(words)
        if len(low_before) >= n and low_before[-n:] == words:
            hedge = kind_h
            h_start = start_i - n
            break
    if hedge == "above" and dim.startswith("duration") and low_before[-1:] == ["over"]:
        hedge, h_start = "", start_i  # "over two years" is a span of time, not "more than"
    if not hedge and dim.startswith("duration") and low_before[-1:] == ["within"]:
        hedge, h_start = "upto", start_i - 1  # "within an hour" is at most an hour: "less than an hour" agrees
    lo, hi = _hedged(lo, hi, hedge, dim, _rounding(first.text, got[0]))
    q = Quantity(toks[h_start].start, toks[j - 1].end, "", lo, hi, dim, unit, hedge)
    q.ranged = hi_value > value and not hedge
    q.spread = spread
    q.part = part if unit == "share" else None
    q.rounding = _rounding(first.text, got[0])
    q.factor = factor
    # relative figures ("one more than first reported", "three times") are no count of anything
    increment = h_start > 0 and toks[h_start - 1].low in _RELATIVE_BEFORE
    if increment and j < len(toks) and toks[j].low not in _RELATIVE_AFTER:
        q.increment = True  # read on, so the figures it adds to are known as parts (find_quantities)
    elif (j < len(toks) and toks[j].low in _RELATIVE_AFTER) or increment:
        return None, j
    describe(q, toks, h_start, j)
    _mark_superseded(q, toks, h_start, update)
    return q, j


def _mark_superseded(q: Quantity, toks: list[Token], h_start: int, update: bool) -> None:
    """A figure told as the earlier one ("first put at 8", "revised up from 8", "risen to six, from the four")."""
    raw_before = {x.low for x in toks[max(0, h_start - 5) : h_start]}
    k = h_start - 1 if h_start > 0 and toks[h_start - 1].text in "€$£¥" else h_start  # "from the €2.5m"
    back = 2 if k > 2 and toks[k - 1].low == "the" else 1
    before = range(max(0, k - back - 9), k - back) if k > back else range(0)
    before_from = {toks[m].low for m in before}
    # "risen to six, from the four": an update word before "from"; "to" only with a figure after it, since
    # "told to recall the batch from 1,200 pharmacies" is a verb's "to", and 1,200 is no earlier figure
    updated = bool(before_from & (_UPDATE - {"to"})) or any(
        toks[m].low == "to" and m + 1 < len(toks) and _figure_at(toks, m + 1) for m in before
    )
    from_update = k > back and toks[k - back].low == "from" and updated
    # before a span of time, adjectives qualify the span or a noun ("the first 30 days", "preliminary findings within
    # 30 days"); only an adverb ("initially planned for two weeks") tells an old figure
    early = raw_before & (_SUPERSEDED - _EARLY_ADJECTIVES if q.dim.startswith("duration") else _SUPERSEDED)
    if early == {"earlier"} and _when_earlier(toks[max(0, h_start - 5) : h_start]):
        early = set()  # "had come off the rails moments earlier, and nine wagons": when it happened, no old figure
    if update or early or from_update:  # "revised up from 8", "risen to six, from the four"
        q.superseded = True
        # the thing itself grew or shrank ("31 cases, up from 23"): the old figure was true when it was told
        told = before_from | raw_before
        q.changed = bool(told & _CHANGE) and not told & {"revised", "corrected"}


_SPAN_WORDS = {"moments", "moment", "seconds", "minutes", "hours", "days", "weeks", "months", "years", "minute",
               "hour", "day", "week", "month", "year", "shortly", "just", "much", "long"}  # fmt: skip


def _when_earlier(toks: list[Token]) -> bool:
    """ "earlier" after a span ("moments earlier", "two days earlier", "shortly earlier"): when, not a former figure."""
    at = [n for n, t in enumerate(toks) if t.low == "earlier"]
    return bool(at) and all(n > 0 and toks[n - 1].low in _SPAN_WORDS for n in at)


_AND_PART = {("and", "a", "half"): 0.5, ("and", "a", "quarter"): 0.25, ("and", "three", "quarters"): 0.75}


_MINUS = ("minus", "negative")
_DEGREE_SCALE = {"c": "c", "celsius": "c", "centigrade": "c", "f": "f", "fahrenheit": "f"}


_WEATHER = {"temperature", "temperatures", "heat", "heatwave", "hot", "hotter", "warm", "warmer", "cold", "colder",
            "cool", "freezing", "frost", "thermometer", "mercury", "weather", "forecast", "sun", "sunshine", "hottest",
            "coldest", "warmest", "coolest"}


def _weather(toks: list[Token]) -> bool:
    """A sentence about the weather: its bare "degrees" are degrees of temperature, not of angle or study."""
    return any(t.low in _WEATHER for t in toks)


def _temperature(toks: list[Token], j: int) -> tuple[str, int] | None:
    """("c" or "f", next index) for "40C", "104F", "40 degrees Celsius", "40°C"; None otherwise."""
    k = j
    degrees = False
    if k < len(toks) and toks[k].low in ("degrees", "degree", "°", "º"):
        degrees, k = True, k + 1
    if k < len(toks) and toks[k].low in _DEGREE_SCALE:
        attached = toks[k].start == toks[k - 1].end
        if degrees or attached or len(toks[k].low) > 1:
            return _DEGREE_SCALE[toks[k].low], k + 1
    return None


_DAYS_A_YEAR = 365.25  # durations are in days
_PER = {"per", "a", "an", "each", "every"}
_NOT_RATE = {"ago", "earlier", "before", "after", "later", "on"}  # "up from 23 a week ago", "a day after the crash"


def _rate_told(toks: list[Token], j: int, dim: str) -> tuple[tuple[str, float, int], bool, bool] | None:
    """The rate of the figure ending at token j, wherever it is told, with whether it is a total spread over a span
    and whether its words belong to the figure's mention: right after it ("3 million euros over two years"), after
    what is measured ("1,400 cubic metres of water a second", "120 mg of the drug in every 5 ml") or after what is
    counted ("325 marks a month", "138 million marks over three years")."""
    if (rate := _rate(toks, j, dim)) is not None:
        return rate, toks[j].low == "over", True
    if dim != "count" and j + 2 < len(toks) and toks[j].low == "of" and toks[j + 1].is_word:
        rate = _rate(toks, j + 2, dim)
        if rate is None and toks[j + 1].low in ("the", "a", "an") and toks[j + 2].is_word:
            rate = _rate(toks, j + 3, dim)
        if rate is not None:
            return rate, False, _figure_at(toks, rate[2] - 2)  # "in every 5 ml" is no volume of its own
    counted = dim == "count" and j + 1 < len(toks) and toks[j].is_word and toks[j].low not in UNITS
    if counted and (rate := _rate(toks, j + 1, dim)) is not None:
        return rate, toks[j + 1].low == "over", False  # the counted noun stays after the mention
    return None


def _rate(toks: list[Token], k: int, dim: str) -> tuple[str, float, int] | None:
    """(what it is per, how many of it, end) for a rate at token k: "a year" (year, 1), "per 5 ml" (volume, 0.005
    litres), "in every 5 ml", "for each day", "monthly"; or a total spread over a span, "over three years" (year, 3).
    Rates per different spans (a month, a year) stay different kinds, never set against each other."""
    if k >= len(toks):
        return None
    w = toks[k].low
    if w in ("annually", "daily", "monthly", "weekly"):
        return RATE[w], 1.0, k + 1
    if w in ("in", "for") and k + 1 < len(toks) and toks[k + 1].low in ("every", "each"):
        k, w = k + 1, toks[k + 1].low
    over = w == "over"
    if not over and w not in _PER:
        return None
    n, m = 1.0, k + 1
    if m < len(toks) and (got := _core(toks, m)) is not None and got[2] == "n" and got[0] > 0:
        n, m = got[0], got[1]
    elif over:
        return None
    if m >= len(toks) or (m + 1 < len(toks) and toks[m + 1].low in _NOT_RATE):
        return None
    unit = toks[m].low
    span = unit if unit in RATE else unit[:-1] if unit.endswith("s") and unit[:-1] in RATE else ""
    if span:
        if over and not (dim.startswith("money") or dim == "count"):
            return None  # "rose by 5% over three years", "lasted over two days": a span, not a total spread over it
        return RATE[span], n, m + 1
    if not over and unit in UNITS and not UNITS[unit][0].startswith("money") and not dim.startswith("money"):
        return UNITS[unit][0], n * UNITS[unit][1], m + 1  # "24 mg per ml", "3 tonnes a hectare"
    return None


def _rounding(written: str, value: float) -> float:
    """How loosely a written figure may stand for an exact one: half a unit of its last digit."""
    if not value:
        return 0.0
    digits = written.replace(",", "")
    if digits[:1].isdigit() and "." in digits:
        return 0.5 * 10 ** -len(digits.split(".")[1]) / value
    n = int(value) if value == int(value) else 0
    if n <= 0:
        return 0.0
    zeros = len(str(n)) - len(str(n).rstrip("0"))
    return 0.5 * 10**zeros / n


def _figure_at(toks: list[Token], i: int) -> bool:
    """A figure starts at token i: digits, or a number told in words ("six")."""
    return _num(toks[i]) is not None or (toks[i].is_word and _words_number(toks, i) is not None)


def _hedged(lo: float, hi: float, hedge: str, dim: str, rounding: float = 0.0) -> tuple[float, float]:
    """Turn a hedge into an interval: 'about' is +-3%, 'almost' up to 12% below, 'more than' up to 25% above, or up
    to the next unit of the figure's last digit when that is further ("more than a million" admits 1.4 million,
    "more than 200" admits 280). `rounding`: half that unit, relative (_rounding)."""
    top = 100.0 if dim == "percent" else float("inf")
    if hedge == "about":
        return lo * 0.97, min(top, hi * 1.03)
    if hedge == "almost":
        return lo * 0.88, hi
    if hedge == "above":
        return lo * 1.000001, min(top, hi * (1 + max(0.25, 2 * rounding)))
    if hedge == "atleast":
        return lo, min(top, hi * (1 + max(0.25, 2 * rounding)))
    if hedge == "upto":
        return 0.0, hi
    if hedge == "below":
        return 0.0, hi * 0.999999
    return lo, hi


_AGE_BAND = {"his", "her", "their", "early", "mid", "late"}
_DECADE_WORDS = {
    "twenties": 20,
    "thirties": 30,
    "forties": 40,
    "fifties": 50,
    "sixties": 60,
    "seventies": 70,
    "eighties": 80,
    "nineties": 90,
    "teens": 10,
}


def _age_band(toks: list[Token], i: int, j: int, value: float) -> Quantity:
    """ "in his thirties", "in her late 80s": an age between the decade's ends (early/mid/late narrow it)."""
    part = toks[i - 1].low
    lo, hi = {"early": (value, value + 3), "mid": (value + 3, value + 7), "late": (value + 6, value + 9)}.get(
        part, (value, value + 9)
    )
    if value == 10:
        lo = 13.0
    start = i - 1 if part in ("early", "mid", "late") else i
    q = Quantity(toks[start].start, toks[j - 1].end, "", lo, hi, "age", "decade", ranged=True)
    left, right = window(toks, start - (1 if start and toks[start - 1].low in ("his", "her", "their") else 0), j)
    q.about = left + right
    q.label = "age"
    return q


def _repeated_range(toks: list[Token], j: int, dim: str, unit: str, value: float) -> tuple[int, float] | None:
    """The end of a range that repeats its unit or currency ("£2m and £3m", "28C to 32C"), else 0."""
    k = j + 1
    if dim.startswith("money") and k < len(toks) and toks[k].low == unit:
        k += 1
    other = _core(toks, k) if k < len(toks) else None
    if other is None or other[2] != "n":
        return None
    v2, k2 = other[0], other[1]
    if k2 < len(toks) and toks[k2].low in SCALE and (dim.startswith("money") or toks[k2].start == toks[k2 - 1].end):
        v2 *= SCALE[toks[k2].low]
        k2 += 1
    if not dim.startswith("money"):
        if dim == "temperature":
            t = _temperature(toks, k2)
            if t is None or t[0] != unit:
                return None
            k2 = t[1]
        else:
            k3 = _skip_dash(toks, k2)
            if k3 >= len(toks) or not (toks[k3].low == unit or _same_kind(toks[k3].low, unit)):
                return None
            if toks[k3].low != unit:  # "between 14 months and 12 years": the far end in the near end's unit
                v2 *= UNITS[toks[k3].low][1] / UNITS[unit][1]
            k2 = k3 + 1
    if v2 <= value:
        return None
    return k2, v2


def _same_kind(word: str, unit: str) -> bool:
    """Two units of one kind ("months", "years"), so a range may change unit half way."""
    return word in UNITS and unit in UNITS and UNITS[word][0] == UNITS[unit][0]


def _told_in_millions(toks: list[Token], j: int) -> bool:
    """ "52.6 million marka ... only 38.4m marka": the word after "m" also follows "million" in the sentence, so
    the "m" is a million of it, not metres."""
    return j < len(toks) and toks[j].is_word and any(
        t.low in ("million", "millions") and k + 1 < len(toks) and toks[k + 1].low == toks[j].low
        for k, t in enumerate(toks)
    )


def _currency_word(toks: list[Token], j: int) -> bool:
    """A currency word at j, or one after a capitalised qualifier ("US dollars", "Swiss francs")."""
    if j < len(toks) and toks[j].low in UNITS and UNITS[toks[j].low][0].startswith("money"):
        return True
    return (
        j + 1 < len(toks)
        and toks[j].text[:1].isupper()
        and toks[j + 1].low in UNITS
        and UNITS[toks[j + 1].low][0].startswith("money")
    )


def _compound(toks: list[Token], j: int, factor: float) -> tuple[float, int] | None:
    """(base amount, next index) of a smaller unit completing a span: "[two hours] and 50 minutes"."""
    k = j + 1 if j < len(toks) and toks[j].low == "and" else j
    if k >= len(toks) or (k == j and not toks[k].text[:1].isdigit()):
        return None
    got = _core(toks, k)
    if got is None or got[2] != "n" or got[1] >= len(toks):
        return None
    unit = UNITS.get(toks[got[1]].low)
    if unit is None or unit[0] != "duration" or unit[1] >= factor:
        return None
    return got[0] * unit[1], got[1] + 1
