"""Dates, weekdays and clock times, normalised so equal moments agree.

A weekday and a date agree when the date (with the year it names, or the
article's dateline year) falls on that weekday; a local time and a GMT/UTC
time are never set against each other, because the offset is rarely stated.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace

from core.facts.text import content
from core.facts.vocab import WORD_VALUE

MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
    )
}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_MONTH = (
    r"(?P<m>January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_MONTH2 = _MONTH.replace("?P<m>", "?P<m2>")
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?:\s+(?:night|evening|morning|afternoon))?"
DATE_RE = re.compile(
    rf"\b(?:{_WD},?\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<y>\d{{4}}))?\b"
    rf"|\b{_MONTH2}\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>\d{{4}}))?"
)
MONTH_RE = re.compile(
    rf"\b(?:(?P<pre>in|early|late|mid|end of|the end of|by|until|from|since|of)\s+(?:-\s*)?){_MONTH}"
    rf"(?:\s+(?P<y>\d{{4}}))?\b"
    rf"|\b{_MONTH2}\s+(?P<y2>\d{{4}})\b"
)
QUARTER_RE = re.compile(
    r"\b(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of\s+(?P<y>\d{4}))?\b"
    r"|\bQ(?P<q2>[1-4])\s+(?P<y2>\d{4})\b",
    re.I,
)
WEEKDAY_RE = re.compile(rf"\b(?:(?:early|late)\s+(?:on\s+)?|last\s+|next\s+|this\s+)?{_WD}{_PART}\b")
TIME_RE = re.compile(
    r"\b(?P<h>\d{1,2})(?:[:.](?P<mi>\d{2}))?\s*(?P<ap>a\.m\.|p\.m\.|am|pm)(?:\s+(?P<z>GMT|UTC|BST|CET|CEST|local))?"
    r"|(?<![:\d])\b(?P<h2>[0-2]?\d)(?::|(?<=\bat\s\d)\.|(?<=\bat\s\d\d)\.)(?P<mi2>\d{2})(?!:\d)"  # not "2:16:08"
    # "at 8.40" is a time of day, unless a unit or amount follows ("at 8.40 euros a share")
    r"(?!\d|\.\d|\s*(?:%|per\b|[mk]\b|bn\b|million|billion|thousand|euros?|dollars?|pounds?|a\s+share|points?|"
    r"metres?|meters?|km|kg|tonnes?|miles?|degrees?))"
    r"(?:\s*(?:hrs|h))?"
    r"(?:\s+(?P<z2>GMT|UTC|BST|CET|CEST|local time))?"
    r"|\b(?P<h3>[0-2]\d)(?P<mi3>[0-5]\d)\s*(?:hrs\s+|hours\s+)?(?P<z3>GMT|UTC|BST|CET|CEST)\b"
)
_ANCHOR = {"since", "until", "till", "by", "from", "after", "before", "to", "midnight", "between"}
_BOUND = {"since", "until", "till", "by", "from", "to"}  # an end point ("after 9pm" and "after 10pm" may both hold)
_SAID = {"said", "says", "told", "announced", "stated", "reported", "midnight", "to"}
# "shortly after 3am" is about 3am, not a bound; "about", "just before" widen a time the same way
_NEAR_AFTER = {"shortly", "just", "soon", "right", "immediately", "moments", "minutes"}
_HEDGE = {"about": (15, 15), "around": (15, 15), "approximately": (15, 15), "roughly": (15, 15),
          "circa": (15, 15), "nearly": (15, 0), "almost": (15, 0)}
_OFFSET = {"BST": 60, "CET": 60, "CEST": 120}  # minutes ahead of GMT
_NEAR = 30  # minutes "shortly after" or "just before" may mean
_Q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


# verbs that begin or end an event: a time told for each dates two moments of it ("broke out at 3.40am" / "was put
# out at about 5.30pm"), never one moment told two ways
_START_PHASE = re.compile(
    r"\b(?:start(?:ed|s)?|beg[au]n|begins?|broke\s+out|breaks\s+out|erupt(?:ed|s)?|open(?:ed|s)|launch(?:ed|es)|"
    r"set\s+off|sets\s+off|set\s+out|depart(?:ed|s)|took\s+off|kick(?:ed|s)\s+off|"
    r"noticed|spotted|discovered|detected)\b"
)
_END_PHASE = re.compile(
    r"\b(?:put\s+out|extinguished|end(?:ed|s)|finish(?:ed|es)|clos(?:ed|es)|conclud(?:ed|es)|complet(?:ed|es)|"
    r"lifted|called\s+off|arriv(?:ed|es)|land(?:ed|s)|dock(?:ed|s)|reopen(?:ed|s)|stopped|halted|sealed)\b"
)


_CLOSED = {"closed", "shut", "suspended", "halted", "banned", "stopped"}
_STAYS = re.compile(
    r"\b(?:remain(?:s|ed)?|stay(?:s|ed)?|kept)\s+(?:\w+\s+)?(?:closed|shut|open|suspended|halted|in\s+place)\s+"
    r"(?:on|for|through)\b"
)
_RESUME = re.compile(r"\b(?:reopen|resume|restart)(?:s|ed|ing)?\b")
_DATING = {"on", "for", "at", "by", "from", "until", "till", "in", "of", "since", "before", "after"}


def _phase(clause: str) -> str:
    """ "start" or "end" when the words before a day or time begin or end an event, else ""."""
    start, end = bool(_START_PHASE.search(clause)), bool(_END_PHASE.search(clause))
    return "start" if start and not end else "end" if end and not start else ""


@dataclass
class When:
    start: int  # offsets into the sentence text
    end: int
    text: str
    kind: str  # date | time
    year: int | None = None
    months: tuple[int, int] | None = None  # first and last month it covers
    day: int | None = None
    weekday: int | None = None
    minutes: int | None = None  # time of day
    zone: str = ""  # "" is local / unstated
    anchor: bool = False  # "since Friday", "said on Tuesday": a bound or the telling, not the event's own day
    ampm: bool = True  # False when a time has no am/pm and is under 13 (could be either half of the day)
    slack: tuple[int, int] = (0, 0)  # minutes a hedged time may lie before and after it ("shortly after 3am")
    rel: int | None = None  # days from the article's date: "yesterday" -1, "today" 0, "tomorrow" 1
    offset: int | None = None  # days from another date of the sentence: "the following day" +1
    base: tuple[int | None, int, int] | None = None  # (year, month, day) that offset counts from
    mrel: int | None = None  # months from the article's month: "last month" -1, "this month" 0, "next month" 1
    lead: str = ""  # the word and the bound before an anchored mention ("postponed until"), to match its twin
    phase: str = ""  # "start" or "end" when the clause before it begins or ends something ("broke out at 3.40am")
    noun: str = ""  # the word it dates ("a hearing on 10 December"): which of a sentence's days is the other's
    context: frozenset[str] = frozenset()  # content stems of the ten words before it, within its clause
    week: int = 0  # "Tuesday morning last week" -1, "on Friday next week" +1: a weekday of another calendar week

    @property
    def value(self) -> str:
        if self.kind == "time":
            assert self.minutes is not None
            return f"{self.minutes // 60:02d}:{self.minutes % 60:02d}" + (f" {self.zone}" if self.zone else "")
        if self.day is not None and self.months:
            y = f"{self.year:04d}" if self.year else "-"
            return f"{y}-{self.months[0]:02d}-{self.day:02d}"
        if self.months:
            y = f"{self.year:04d}" if self.year else "-"
            m = (
                f"{self.months[0]:02d}"
                if self.months[0] == self.months[1]
                else f"{self.months[0]:02d}/{self.months[1]:02d}"
            )
            return f"{y}-{m}"
        names = list(WEEKDAYS)
        return names[self.weekday].capitalize() if self.weekday is not None else self.text


def _free(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return all(b <= x or a >= y for x, y in spans)


def find_whens(text: str) -> list[When]:
    """Dates, month and quarter mentions, weekdays and clock times of one sentence, in text order."""
    out: list[When] = []
    taken: list[tuple[int, int]] = []

    def add(w: When) -> None:
        if _free(taken, w.start, w.end):
            out.append(w)
            taken.append((w.start, w.end))

    for m in DATE_RE.finditer(text):
        month = MONTHS[(m.group("m") or m.group("m2")).lower().rstrip(".")[:3]]
        day = int(m.group("d") or m.group("d2"))
        y = m.group("y") or m.group("y2")
        if not 1 <= day <= 31:
            continue
        wd = WEEKDAYS.get((m.group("wd") or "").lower())
        add(When(m.start(), m.end(), m.group(), "date", int(y) if y else None, (month, month), day, wd))
    for m in re.finditer(r"\b(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})\b", text):  # "2031-06-04"
        if 1 <= int(m.group("mo")) <= 12 and 1 <= int(m.group("d")) <= 31:
            mo = int(m.group("mo"))
            add(When(m.start(), m.end(), m.group(), "date", int(m.group("y")), (mo, mo), int(m.group("d"))))
    for m in QUARTER_RE.finditer(text):
        q = _Q.get((m.group("q") or "").lower()) or int(m.group("q2"))
        y = m.group("y") or m.group("y2")
        add(When(m.start(), m.end(), m.group(), "date", int(y) if y else None, (3 * q - 2, 3 * q)))
    for m in MONTH_RE.finditer(text):
        name = m.group("m") or m.group("m2")
        if name == "May" and not (
            m.group("y")
            or m.group("y2")
            or (m.group("pre") or "") in ("in", "early", "late", "mid", "end of", "until", "since")
        ):
            continue
        month = MONTHS[name.lower().rstrip(".")[:3]]
        y = m.group("y") or m.group("y2")
        start = m.start("m") if m.group("m") else m.start()
        if (m.group("pre") or "").endswith("end of"):
            start = m.start()
        add(When(start, m.end(), text[start : m.end()], "date", int(y) if y else None, (month, month)))
    low = text.lower()
    for m in RELMONTH_RE.finditer(text) if " month" in low else ():  # "last month": resolved by the article's date
        rel = {"last": -1, "this": 0, "next": 1}[m.group("w").lower()]
        add(When(m.start(), m.end(), m.group(), "date", mrel=rel))
    for m in SEASON_RE.finditer(text) if any(w in low for w in _SEASONS) else ():  # "in the spring", "autumn 2032"
        y = m.group("y")
        lo, hi = _SEASONS[m.group("s").lower()]
        add(When(m.start("s"), m.end(), text[m.start("s") : m.end()], "date", int(y) if y else None, (lo, hi)))
    for m in ORDINAL_RE.finditer(text) if re.search(r"\d(?:st|nd|rd|th)\b", text) else ():  # "on the 30th"
        if 1 <= int(m.group("d")) <= 31:
            add(When(m.start("t"), m.end(), text[m.start("t") : m.end()], "date", day=int(m.group("d"))))
    for m in (
        RELDAY_RE.finditer(text)
        if any(w in low for w in ("yesterday", "today", "tonight", "tomorrow", "last night"))
        else ()
    ):
        word = m.group().lower()
        rel = -1 if word in ("yesterday", "last night") else 1 if word == "tomorrow" else 0
        add(When(m.start(), m.end(), m.group(), "date", rel=rel))
    for m in WEEKDAY_RE.finditer(text):
        add(When(m.start(), m.end(), m.group(), "date", weekday=WEEKDAYS[m.group("wd").lower()]))
    for m in TIME_RE.finditer(text):
        if m.group("h") is not None:
            h, mi, ap, z = int(m.group("h")), int(m.group("mi") or 0), m.group("ap").lower(), m.group("z") or ""
            if h > 12:
                continue
            h = h % 12 + (12 if ap.startswith("p") else 0)
            ampm = True
        elif m.group("h2") is not None:
            h, mi, z = int(m.group("h2")), int(m.group("mi2")), m.group("z2") or ""
            ampm = h >= 13 or h == 0 or m.group("h2").startswith("0")
        else:
            h, mi, z = int(m.group("h3")), int(m.group("mi3")), m.group("z3") or ""
            ampm = True
        if h > 23 or mi > 59:
            continue
        zone = "" if z.startswith("local") else ("UTC" if z in ("GMT", "UTC") else z)
        if zone in _OFFSET:  # a zone whose offset is fixed: "14:00 BST" is 13:00 GMT
            h, mi, zone = (h * 60 + mi - _OFFSET[zone]) % 1440 // 60, mi, "UTC"
        add(When(m.start(), m.end(), m.group(), "time", minutes=h * 60 + mi, zone=zone, ampm=ampm))
    word_time = any(w in low for w in (" past ", " to ", "clock", "noon", "midday", "midnight", " in the ", " night"))
    for m in WORD_TIME_RE.finditer(text) if word_time else ():  # "quarter to six in the morning", "midday"
        if m.group("noon"):
            h, mi, ampm = (0 if m.group("noon").lower() == "midnight" else 12), 0, True
            if m.group("mi0"):  # "a quarter past midnight", "ten to noon"
                mi = {"quarter": 15, "half": 30}.get(m.group("mi0").lower()) or _count_word(m.group("mi0"))
                if m.group("mi0").lower().startswith("twenty"):
                    mi = 25 if "five" in m.group("mi0").lower() else 20
                if m.group("dir0").lower() == "to":
                    h, mi = h - 1, 60 - mi
        else:
            h = _count_word(m.group("h"), 0)
            if not 1 <= h <= 12:
                continue
            mi = {"quarter": 15, "half": 30}.get((m.group("mi") or "").lower()) or _count_word(m.group("mi") or "0")
            if (m.group("mi") or "").lower() in ("twenty-five", "twenty five"):
                mi = 25
            elif (m.group("mi") or "").lower() == "twenty":
                mi = 20
            if (m.group("dir") or "").lower() == "to":
                h, mi = h - 1, 60 - mi
            part = (m.group("part") or m.group("part2") or "").lower()
            ampm = bool(part)
            h = h % 12 + (12 if part in ("afternoon", "evening", "pm", "night") else 0)
            at = text[max(0, m.start() - 3) : m.start()].lower() == "at "
            if not (m.group("dir") or m.group("oc") or part) or (m.group("h").isdigit() and not (m.group("oc") or at)):
                continue  # "4 to 6 hours" or "at 6 in the morning" with digits is no word time
        add(When(m.start(), m.end(), m.group(), "time", minutes=(h * 60 + mi) % 1440, ampm=ampm))
    for w in out:
        before = text[max(0, w.start - 40) : w.start].lower().split()[-3:]
        after = text[w.end : w.end + 40].lower().replace(",", " ").split()[:4]
        if w.weekday is not None and not w.months:
            tail = " ".join(after[:3]).rstrip(".;:")
            w.week = -1 if re.search(r"\blast week\b", tail) else 1 if re.search(r"\bnext week\b", tail) else 0
        w.anchor = bool(before) and (
            before[-1] in _ANCHOR or (before[-1] in ("on", "at") and len(before) > 1 and before[-2] in _SAID)
        )
        if w.anchor and before[-1] in _BOUND and len(before) > 1 and before[-2].isalpha():
            w.lead = " ".join(before[-2:])  # "postponed until May" / "postponed until July": one bound, two values
        if w.kind == "time" and before:
            w.slack = _slack(before)
            w.anchor &= w.slack == (0, 0)
        clause = re.split(r"[,;:(]", text[max(0, w.start - 60) : w.start])[-1].lower().split()[-7:]
        # "In June, the minister said": when it was said; but "shipments are expected in June, the official said"
        # dates the shipments, the date closing the clause that was said
        w.anchor |= w.kind == "date" and w.day is None and bool(set(after) & _SAID - {"to", "midnight"}) and (
            len(clause) <= 2 or w.weekday is not None
        )
        w.anchor |= bool({"since", "until", "till"} & set(clause))  # "since the deal was announced in June"
        if _not_until(clause):  # "was not brought under control until about 7 a.m.": when it happened
            w.anchor, w.lead = False, ""
        w.anchor |= bool(_STAYS.search(" ".join(clause)))  # "will remain shut on Wednesday": a day it lasts into
        w.phase = _phase(" ".join(clause))
        words = re.split(r"[,;:]", text[max(0, w.start - 100) : w.start])[-1].split()[-10:]
        w.context = frozenset(c for c in (content(x.strip("()\"'“”‘’")) for x in words) if c)
        # "will stay closed until 20 December" tells the day it reopens: one day, as "reopen on 11 January" does
        if (w.anchor and before[-1] in ("until", "till") and len(before) > 1 and before[-2] in _CLOSED) or (
            not w.anchor and _RESUME.search(" ".join(clause))
        ):
            w.lead = "resume"
        if before:
            word = before[-2] if before[-1] in _DATING and len(before) > 1 else before[-1]
            w.noun = content(word.strip(",;:()")) or ""
        # "Sunday's vote", "last week's talks": the day names another event, not when this one happened
        w.anchor |= text[w.end : w.end + 2] in ("'s", "’s")
    for m in OFFSET_RE.finditer(text) if " day" in low else ():  # "charged the following day", "a day after"
        based = [w for w in out if w.kind == "date" and w.day is not None and w.months and w.offset is None]
        if not based:
            continue
        w0 = min(based, key=lambda w: abs(w.start - m.start()))
        n = _count_word(m.group("n") or "one")
        way = (m.group("way") or m.group("way2") or m.group("way3") or "").lower()
        way = {"preceding": "previous", "earlier": "previous"}.get(way, way)
        clause = bool(re.match(r"\s+(?:the|a|an|his|her|their|its|it|he|she|they|[a-z]+ed)\b", text[m.end() :]))
        sign = 1 if way in ("following", "next", "later", "after") else -1  # previous, before
        if way in ("after", "before") and clause:
            sign = -sign  # "a day after the strike began": the strike came first
        w = When(m.start(), m.end(), m.group(), "date", offset=sign * n, base=(w0.year, w0.months[0], w0.day))
        if _free(taken, w.start, w.end):
            out.append(w)
            taken.append((w.start, w.end))
    out.sort(key=lambda w: w.start)
    return out


RELMONTH_RE = re.compile(r"\b(?P<w>last|this|next)\s+month\b", re.I)
# a season named as a time ("in the spring", "this autumn", "by summer 2032"); "fall" is left out (a fall, the fall
# of a city) and so is winter (it spans the turn of the year)
SEASON_RE = re.compile(
    r"\b(?:in|by|until|since|during|this|last|next|early|late|mid|of)\s+(?:the\s+)?(?:(?:early|late)\s+)?"
    r"(?P<s>spring|summer|autumn)\b(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)\b)?",
    re.I,
)
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11)}
RELDAY_RE = re.compile(r"\b(?:yesterday|today|tonight|tomorrow|last night)\b", re.I)
ORDINAL_RE = re.compile(
    r"\b(?:on|by|until|since|from)\s+(?P<t>the\s+(?P<d>\d{1,2})(?:st|nd|rd|th))\b(?=\s*(?:[.,;:)]|$|and\b|at\b|when\b))"
)
OFFSET_RE = re.compile(
    r"\bthe\s+(?P<way>following|next|previous|preceding)\s+day\b"
    r"|\bthe\s+day\s+(?P<way2>before|after)\b"
    r"|\b(?P<n>a|an|one|two|three|four|five|six|seven|ten|\d{1,2})\s+days?\s+(?P<way3>later|earlier|after|before)\b",
    re.I,
)


WORD_TIME_RE = re.compile(
    r"\b(?:(?P<mi0>quarter|half|five|ten|twenty|twenty[- ]five)\s+(?P<dir0>past|to)\s+)?"
    r"(?P<noon>midday|noon|midnight)\b"
    r"|\b(?:(?P<mi>quarter|half|five|ten|twenty|twenty[- ]five)\s+(?P<dir>past|to)\s+)?"
    r"(?P<h>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}(?=\s+(?:o['’]clock|in\s+the|at\s+night)))"
    r"(?P<oc>\s+o['’]clock)?"
    r"(?:\s+in\s+the\s+(?P<part>morning|afternoon|evening)|\s+at\s+(?P<part2>night))?\b",
    re.I,
)


def _count_word(w: str, default: int = 1) -> int:
    """ "7" or "seven" as a number ("a"/"an" and unknown words count as `default`)."""
    return int(w) if w.isdigit() else int(WORD_VALUE.get(w.lower(), default))


def _meet(x: int, sx: tuple[int, int], y: int, sy: tuple[int, int], period: int = 1440) -> bool:
    """Two times, each widened by its hedge, overlap (round the clock: "just before midnight" meets 23:50)."""
    return any(x - sx[0] <= y + k + sy[1] and y + k - sy[0] <= x + sx[1] for k in (-period, 0, period))


def _slack(before: list[str]) -> tuple[int, int]:
    """Minutes before and after a time that its hedge allows: "shortly after 3am" is 3:00-3:30."""
    last, prev = before[-1], before[-2] if len(before) > 1 else ""
    if last in ("after", "past") and prev in _NEAR_AFTER:
        return (0, _NEAR)
    if last == "before" and prev in _NEAR_AFTER:
        return (_NEAR, 0)
    return _HEDGE.get(last, (0, 0))


def _not_until(clause: list[str]) -> bool:
    """ "not ... until" (or "never ... until") before a day or time: the moment the thing happened, no bound."""
    if "since" in clause:
        return False
    ends = [k for k, x in enumerate(clause) if x in ("until", "till")]
    return bool(ends) and any(x in ("not", "never") or x.endswith(("n't", "n’t")) for x in clause[: ends[-1]])


DATELINE_TOP = 800  # characters from the top where an article's own date is looked for


def dateline_year(text: str) -> int | None:
    """The year of the article: that of the first full date near its top, else the first year there, else None.
    A dateline that gives no year ("KILBRACK, March 17") leaves it unknown: a year further on ("since 2008")
    dates something else."""
    top = text[:DATELINE_TOP]
    dated = list(DATE_RE.finditer(top))
    for m in dated:
        if m.group("y") or m.group("y2"):
            return int(m.group("y") or m.group("y2"))
    if dated and dated[0].start() < 400:
        return None
    m = re.search(r"\b(19[5-9]\d|20\d\d)\b", top)
    return int(m.group()) if m else None


def dateline_date(text: str, default_year: int | None = None) -> dt.date | None:
    """The article's own date: the first full date near its top, else None. A dateline without its year
    ("KILBRACK, March 17") takes `default_year`, the year the other articles of the comparison give."""
    year = dateline_year(text) or default_year
    for m in DATE_RE.finditer(text[:DATELINE_TOP]):
        y = m.group("y") or m.group("y2") or year
        if y is None:
            continue
        try:
            return dt.date(
                int(y),
                MONTHS[(m.group("m") or m.group("m2")).lower().rstrip(".")[:3]],
                int(m.group("d") or m.group("d2")),
            )
        except ValueError:
            continue
    return _numeric_date(text[:DATELINE_TOP])


# "Last updated: 20/01/2025, 10:15", "08.04.2025": day first, as everywhere but the United States; a first number
# above 12 can only be a day, a second above 12 only a day told second
_NUMERIC = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)(?![\d/.]\d)")


def _numeric_date(top: str) -> dt.date | None:
    """The first date written in figures near the top ("20/01/2025"), read day first unless only month first fits."""
    for m in _NUMERIC.finditer(top):
        first, second, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        day, month = (second, first) if second > 12 >= first else (first, second)
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    return None


def days(w: When, today: dt.date | None, year: int | None) -> set[dt.date] | None:
    """The calendar days a date mention can mean, resolved against the article's date; None when it is not a day."""
    try:
        if w.offset is not None and w.base is not None:
            y = w.base[0] or (today.year if today else year)
            return {dt.date(y, w.base[1], w.base[2]) + dt.timedelta(days=w.offset)} if y else None
        if w.day is not None and w.months and w.months[0] == w.months[1]:
            y = w.year or (today.year if today else year)
            return {dt.date(y, w.months[0], w.day)} if y else None
        if today is None:
            return None
        if w.rel is not None:
            return {today + dt.timedelta(days=w.rel)}
        if w.day is not None and not w.months:  # "on the 30th": that day of the month nearest the article's date
            near = []
            for k in (-1, 0, 1):
                m, y = today.month + k, today.year
                m, y = (m - 1) % 12 + 1, y + (m - 1) // 12
                if w.day <= calendar.monthrange(y, m)[1]:
                    near.append(dt.date(y, m, w.day))
            return {min(near, key=lambda d: abs((d - today).days))} if near else None
        if w.weekday is not None and not w.months and w.week:
            monday = today - dt.timedelta(days=today.weekday())
            return {monday + dt.timedelta(days=7 * w.week + w.weekday)}
        if w.weekday is not None and not w.months:
            back = (today.weekday() - w.weekday) % 7
            past, ahead = today - dt.timedelta(days=back), today + dt.timedelta(days=(w.weekday - today.weekday()) % 7)
            low = w.text.lower()
            if low.startswith("last"):
                return {past - dt.timedelta(days=7) if back == 0 else past}
            if low.startswith("next"):
                return {ahead + dt.timedelta(days=7) if ahead == today else ahead}
            return {past, ahead}  # a bare weekday: the one just gone or the one coming
    except (ValueError, OverflowError):
        return None
    return None


def same(
    a: When,
    b: When,
    year_a: int | None,
    year_b: int | None,
    today_a: dt.date | None = None,
    today_b: dt.date | None = None,
) -> bool | None:
    """True when two mentions name the same day or moment, False when they cannot, None when not comparable."""
    if a.kind != b.kind:
        return None
    if a.mrel is not None or b.mrel is not None:  # "last month" as the month it was on the article's date
        a, b = _month_of(a, today_a or today_b), _month_of(b, today_b or today_a)
        if a is None or b is None:
            return None
    if a.kind == "date" and (today_a or today_b or a.offset is not None or b.offset is not None):
        da, db = days(a, today_a or today_b, year_a or year_b), days(b, today_b or today_a, year_b or year_a)
        if da is not None and db is not None:
            return bool(da & db)
    if a.rel is not None or b.rel is not None or a.offset is not None or b.offset is not None:
        return None
    if (a.day is not None and not a.months) or (b.day is not None and not b.months):
        return None
    if a.kind == "time":
        if a.zone != b.zone or a.minutes is None or b.minutes is None:
            return None
        if a.ampm and b.ampm:
            return _meet(a.minutes, a.slack, b.minutes, b.slack)
        return _meet(a.minutes % 720, a.slack, b.minutes % 720, b.slack, 720)
    if a.months and b.months:
        if a.year and b.year and a.year != b.year:
            return False
        if a.months[1] < b.months[0] or b.months[1] < a.months[0]:
            return False
        if a.day is not None and b.day is not None:
            return a.day == b.day
        return True
    if a.weekday is not None and b.weekday is not None and not a.months and not b.months:
        return a.weekday == b.weekday
    dated, named = (a, b) if a.months else (b, a)
    if named.weekday is None or dated.day is None or not dated.months:
        return None
    year = dated.year or (year_a if dated is a else year_b) or (year_b if dated is a else year_a)
    if year is None:
        return None
    try:
        return dt.date(year, dated.months[0], dated.day).weekday() == named.weekday
    except ValueError:
        return None


def _month_of(w: When, today: dt.date | None) -> When | None:
    """A month told relative to the article's date ("last month") as that month and year; None without a date."""
    if w.mrel is None:
        return w
    if today is None:
        return None
    k = today.year * 12 + today.month - 1 + w.mrel
    return replace(w, year=k // 12, months=(k % 12 + 1, k % 12 + 1), mrel=None)
