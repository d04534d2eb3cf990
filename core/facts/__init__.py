"""Checkable facts and their conflicts across linked sentences (issue 6).

Facts are extracted only from linked sentences and compared only across a link,
so the work grows with the number of links, not with the square of the text.
Differing mentions are joined across links (A-B and B-C conflicts on the same
figure become one fact with a mention from each source); a link is differing
when it carries a differing fact.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import fuzz

from core.facts.actors import rival_actors, same_actors
from core.facts.alarm import rival_raisers
from core.facts.attributes import rival_attributes
from core.facts.collect import Extract, Graph, MentionKey, dateline_span, extract, known_people
from core.facts.compare import pair
from core.facts.contradict import corrections, outcome, speaker, verdicts
from core.facts.dates import When, dateline_date, dateline_year, days, same
from core.facts.figure_context import two_people
from core.facts.none import done_and_not_done, held_back_and_done, none_and_some
from core.facts.quantity import Quantity
from core.facts.quotes import attributed
from core.facts.text import content
from core.facts.updates import provisional
from core.model import Fact, Link, Sentence, Source
from core.progress import Job

__all__ = ["find_facts"]

STRONG_LINK = 0.8  # a link this likely tells one thing: each sentence's one figure of a kind is compared
SURE_LINK = 0.9  # ... and this likely, each one count too, though told with other nouns (signatures / names)


def find_facts(
    sources: Sequence[Source],
    sentences: Sequence[Sentence],
    links: Sequence[Link],
    *,
    job: Job | None = None,
) -> tuple[list[Fact], list[Link]]:
    """Return the facts found and the links with their relation decided."""
    job = job or Job()
    by_id = {s.id: s for s in sentences}
    years = {s.id: dateline_year(s.text) for s in sources}
    # a dateline without its year ("March 17") is read in the year the other articles give (the most common)
    told = Counter(y for y in years.values() if y is not None).most_common()
    usual = min(y for y, n in told if n == told[0][1]) if told else None
    todays = {s.id: dateline_date(s.text, usual) for s in sources}
    datelines = {s.id: dateline_span(s.text) for s in sources}
    cache: dict[str, Extract] = {}
    known: dict[str, frozenset[str]] = {}

    def get(sid: str) -> Extract:
        if sid not in cache:
            src = by_id[sid].source
            if src not in known:
                known[src] = known_people([s for s in sentences if s.source == src])
            cache[sid] = extract(by_id[sid], known[src], datelines[src])
        return cache[sid]

    graph = Graph()
    for n, link in enumerate(links):
        if n % 200 == 0:
            job.step(n / max(1, len(links)), "Comparing facts")
        sa, sb = by_id.get(link.a), by_id.get(link.b)
        if sa is None or sb is None or sa.source == sb.source:
            continue
        graph.link = n
        dates = _Dates(years.get(sa.source), years.get(sb.source), todays.get(sa.source), todays.get(sb.source))
        _compare(get(sa.id), get(sb.id), dates, graph, link.score)
    facts = graph.facts(cache)
    differing = graph.differing_links()  # links whose own conflict ended up in a differing fact
    differing |= _shown_apart(facts, links, graph.agreeing())
    out_links = [
        k if k.manual else replace(k, relation="differing" if n in differing else "shared") for n, k in enumerate(links)
    ]
    job.step(1.0, "Facts compared")
    return facts, out_links


MentionSpan = tuple[str, int, int]  # a mention's sentence id, start and end


def _shown_apart(facts: Sequence[Fact], links: Sequence[Link], agreeing: set[frozenset[MentionSpan]]) -> set[int]:
    """Links whose two sentences a differing fact shows with different values ("22" here, "Eighteen" there).

    A conflict found across one link can join a mention reached through another ("22 people" in A and B
    agree; A's 22 conflicts with C's eighteen): the B-C link then differs too, as the facts table shows.
    Two mentions that were found to agree ("shortly after 3am", "3.10am") keep their link shared."""
    values: dict[str, set[tuple[str, str, MentionSpan]]] = {}
    for f in facts:
        if f.status == "differing":
            for m in f.mentions:
                values.setdefault(m.sentence, set()).add((f.id, repr(m.value), (m.sentence, m.start, m.end)))
    out = set()
    for n, k in enumerate(links):
        va, vb = values.get(k.a), values.get(k.b)
        if va and vb and any(
            fa == fb and xa != xb and frozenset((sa, sb)) not in agreeing for fa, xa, sa in va for fb, xb, sb in vb
        ):
            out.add(n)
    return out


@dataclass(frozen=True)
class _Dates:
    """The two articles' own year and day: what weekdays, "last month" and bare days are read against."""

    year_a: int | None = None
    year_b: int | None = None
    today_a: dt.date | None = None
    today_b: dt.date | None = None


def _compare(a: Extract, b: Extract, dates: _Dates, graph: Graph, score: float = 0.0) -> bool:
    """Record agreements and conflicts of one linked pair; True when the pair conflicts.

    One rule family per call, in a fixed order: the graph joins conflicts of equal weight in the order they
    arrive, so the order is part of the output."""
    strong, sure = score >= STRONG_LINK, score >= SURE_LINK
    score += 0.2 * len(a.words & b.words)  # how alike the two sentences are: stronger conflicts join first
    years = _rival_years(a, b)  # "opened in 1998" / "opened in 2001": one event, two years
    differing = _years_apart(a, b, years, dates, graph, score)
    other_event = years is None and _other_event(a, b, dates.year_a, dates.year_b)
    agreements, conflicts = _figures(a, b, strong, sure)
    for i, j in agreements:
        graph.agree(a.qkey(i), b.qkey(j))
    if not (a.english and b.english):  # agreements only: no false alarms from rules written for English
        _agree_names(a, b, graph)
        return False
    differing |= _figures_apart(a, b, agreements, conflicts, other_event, graph, score)
    if not other_event:
        differing |= _compare_whens(a, b, dates, graph, score, sure)
    differing |= _roles_apart(a, b, graph, score)
    differing |= _quote_speakers(a, b, graph, score)
    differing |= _told_apart(a, b, graph, score)
    _agree_names(a, b, graph)
    return differing


def _years_apart(a: Extract, b: Extract, years: Spans | None, dates: _Dates, graph: Graph, score: float) -> bool:
    """Two years for one event, or an age against a year ("the 52-year-old bridge" / "opened in 1968", in 2026)."""
    aged = _age_against_year(a, b, dates.year_a or dates.year_b) or _swap(
        _age_against_year(b, a, dates.year_b or dates.year_a)
    )
    differing = False
    for label, spans in (("year", years), ("age", aged)):
        if spans is not None:
            (x0, x1), (y0, y1) = spans
            graph.conflict(
                a.span(x0, x1, "date", a.sentence.text[x0:x1], label),
                b.span(y0, y1, "date", b.sentence.text[y0:y1], label),
                score + 1,
            )
            differing = True
    return differing


def _figures(
    a: Extract, b: Extract, strong: bool, sure: bool = False
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(agreeing, conflicting) figure index pairs, each person's figures kept to that person."""
    alias_a, alias_b = _given_names(a, b), _given_names(b, a)
    agreements, conflicts = pair(_owned_by(a, alias_a), _owned_by(b, alias_b), strong, sure)
    people_a = {alias_a.get(n.key, n.key) for n in a.names if n.kind == "person"}
    people_b = {alias_b.get(n.key, n.key) for n in b.names if n.kind == "person"}
    if people_a and people_b and not people_a & people_b:  # ages and terms of two different people
        conflicts = [(i, j) for i, j in conflicts if a.quantities[i].dim not in ("age", "duration")]
    ages_a = [i for i, q in enumerate(a.quantities) if q.dim == "age"]
    ages_b = [j for j, q in enumerate(b.quantities) if q.dim == "age"]
    if len(ages_a) != 1 or len(ages_b) != 1:
        return agreements, conflicts
    i, j = ages_a[0], ages_b[0]
    x, y = a.quantities[i], b.quantities[j]
    one_named = len(people_a) == 1 and people_a == people_b  # the one person both sentences name
    # or one person no more than one side names, told alike: "The driver, a 52-year-old man" / "The driver, aged 47"
    one_told = len(people_a | people_b) <= 1 and _one_person(x, y)
    if (
        (one_named or one_told)
        and {x.owner, y.owner} <= {"", *people_a, *people_b}
        and (i, j) not in conflicts
        and not {i} & {k for k, _ in agreements}
        and not {j} & {k for _, k in agreements}
    ):
        conflicts.append((i, j))  # one person, and one age for them on each side
    return agreements, conflicts


def _one_person(x: Quantity, y: Quantity) -> bool:
    """Two unranged ages that may be one person's: not told of two people, and within half of each other (the same
    person's age told wrong is a year or a few out; "almost three years old" and "a six-week-old chick" are two
    moments of a life)."""
    return not x.ranged and not y.ranged and not two_people(x, y) and max(x.lo, y.lo) <= 1.5 * min(x.lo, y.lo)


def _figures_apart(
    a: Extract,
    b: Extract,
    agreements: list[tuple[int, int]],
    conflicts: list[tuple[int, int]],
    other_event: bool,
    graph: Graph,
    score: float,
) -> bool:
    """Record the figure conflicts, unless a sentence is provisional or the figure dates another event."""
    if provisional(a.sentence.text) or provisional(b.sentence.text):
        return False
    # an earlier year beside the figures ("their home since their wedding in 1963") dates another event only
    # when the two sentences agree on no figure of the kind: "Ana, 81" in both puts their ages at one moment
    now = {a.quantities[i].dim for i, _ in agreements}
    differing = False
    for i, j in conflicts:
        qa, qb = a.quantities[i], b.quantities[j]
        if other_event and qa.dim not in now:
            continue
        weight = len(set(qa.about) & set(qb.about)) + 2 * (bool(qa.head) and qa.head == qb.head)
        graph.conflict(a.qkey(i), b.qkey(j), weight + score)
        differing = True
    return differing


def _roles_apart(a: Extract, b: Extract, graph: Graph, score: float) -> bool:
    """One person, two offices ("union president" / "the union's treasurer"); one office told two ways agrees."""
    agreed = {ka for ka, ra, *_ in a.roles for kb, rb, *_ in b.roles if ka == kb and _same_role(ra, rb)}
    differing = False
    for key_a, role_a, x0, x1 in a.roles:
        for key_b, role_b, y0, y1 in b.roles:
            # "Captain Sten Arvander, the union's president" / "Union president Arvander": one office agrees
            if key_a != key_b:
                continue
            span_a, span_b = a.span(x0, x1, "other", role_a, "role"), b.span(y0, y1, "other", role_b, "role")
            if _same_role(role_a, role_b):  # one office told two ways ("president of the federation" / "president")
                graph.agree(span_a, span_b)
            elif key_a not in agreed:
                graph.conflict(span_a, span_b, score + 3)
                differing = True
    return differing


def _told_apart(a: Extract, b: Extract, graph: Graph, score: float) -> bool:
    """What happened, told in words: corrections, outcomes and verdicts, sides and colours, whether it happened
    at all, and who did it."""
    differing = False
    fixed = [*corrections(a.sentence.text, b.sentence.text)]
    fixed += [(x, y) for y, x in corrections(b.sentence.text, a.sentence.text)]  # either side may correct
    for x, y in fixed:
        graph.conflict(_said(a, x.start, x.end, "what happened"), _said(b, y.start, y.end, "what happened"), score + 2)
        differing = True
    actors_a = {n.key.split()[-1] for n in a.names} | speaker(a.sentence.text)
    actors_b = {n.key.split()[-1] for n in b.names} | speaker(b.sentence.text)
    got = outcome(a.sentence.text, b.sentence.text, actors_a, actors_b) or verdicts(a.sentence.text, b.sentence.text)
    if got is not None:
        x, y = got
        graph.conflict(_said(a, x.start, x.end, "outcome"), _said(b, y.start, y.end, "outcome"), score + 2)
        differing = True
    elif (same := verdicts(a.sentence.text, b.sentence.text, agreeing=True)) is not None:
        x, y = same  # "acquitted" in both: where a third source says "convicted", all three are one fact
        graph.agree(_said(a, x.start, x.end, "outcome"), _said(b, y.start, y.end, "outcome"))
    for x, y, label in rival_attributes(a.sentence.text, b.sentence.text):  # "left collarbone" / "right collarbone"
        graph.conflict(_said(a, x.start, x.end, label), _said(b, y.start, y.end, label), score + 2)
        differing = True
    differing |= _whether(a, b, graph, score)
    rivals = rival_actors(a.sentence.text, a.names, a.acts, b.sentence.text, b.names, b.acts)
    if rivals is not None:  # one act, two different actors: who did it differs
        x, y = rivals
        graph.conflict(_said(a, x.start, x.end, "who"), _said(b, y.start, y.end, "who"), score + 2)
        differing = True
    # a guard / a taxi driver raising the alarm
    if (raisers := rival_raisers(a.sentence.text, a.raisers, b.sentence.text, b.raisers)) is not None:
        x, y = raisers
        graph.conflict(_said(a, x.start, x.end, "who"), _said(b, y.start, y.end, "who"), score + 2)
        differing = True
    for x, y in same_actors(a.acts, b.acts):
        graph.agree(_said(a, x.start, x.end, "who"), _said(b, y.start, y.end, "who"))
    return differing


def _whether(a: Extract, b: Extract, graph: Graph, score: float) -> bool:
    """Whether it happened at all: "No shots were fired" / "one shot was fired", "its licence had never been
    suspended" / "had its licence suspended" (either sentence may be the one that says no)."""
    for e, f, swap in ((a, b, False), (b, a, True)):
        found = (
            none_and_some(e.sentence.text, f.sentence.text, f.quantities)
            or done_and_not_done(e.sentence.text, f.sentence.text)
            or held_back_and_done(e.sentence.text, f.sentence.text)
        )
        if found is not None:
            x, y = found
            mx, my = _said(e, x.start, x.end, "whether"), _said(f, y.start, y.end, "whether")
            graph.conflict(*((my, mx) if swap else (mx, my)), score + 2)
            return True
    return False


def _said(e: Extract, start: int, end: int, label: str) -> MentionKey:
    """A mention of what a source says happened; its value is the words themselves."""
    return e.span(start, end, "other", e.sentence.text[start:end], label)


def _given_names(x: Extract, y: Extract) -> dict[str, str]:
    """ "her husband Pavel, 79" / "Pavel Moric, 84": a person x names by the given name alone is the one y names in
    full with that given name, when y names only one such person. Maps x's name key to y's."""
    full: dict[str, set[str]] = {}
    for n in y.names:
        words = n.text.split()
        if n.kind == "person" and len(words) >= 2:
            full.setdefault(words[0].lower(), set()).add(n.key)
    out = {}
    for n in x.names:
        keys = full.get(n.key, set())
        if n.kind == "person" and len(n.text.split()) == 1 and len(keys) == 1 and n.key not in keys:
            out[n.key] = next(iter(keys))
    return out


def _owned_by(e: Extract, aliases: dict[str, str]) -> list[Quantity]:
    """The sentence's figures with their owners renamed by `aliases`."""
    if not aliases:
        return e.quantities
    return [replace(q, owner=aliases.get(q.owner, q.owner)) for q in e.quantities]


def _agree_quotes(a: Extract, b: Extract, graph: Graph) -> None:
    """The same words quoted in two sources (allowing small edits) are one shared quote."""
    for qa in a.quotes:
        for qb in b.quotes:
            if fuzz.ratio(qa.text.lower(), qb.text.lower()) >= 85:
                graph.agree(
                    a.span(qa.start, qa.end, "quote", qa.text, qa.speaker),
                    b.span(qb.start, qb.end, "quote", qb.text, qb.speaker),
                )


def _quote_speakers(a: Extract, b: Extract, graph: Graph, score: float) -> bool:
    """The same words quoted from two different people, each named right beside a say verb: who said it differs."""
    differing = False
    for qa in a.quotes:
        for qb in b.quotes:
            if fuzz.ratio(qa.text.lower(), qb.text.lower()) < 85:
                continue
            na, nb = attributed(a.sentence.text, qa, a.names), attributed(b.sentence.text, qb, b.names)
            if na and nb and na.key != nb.key:
                graph.conflict(
                    a.span(na.start, na.end, "other", na.text, "speaker"),
                    b.span(nb.start, nb.end, "other", nb.text, "speaker"),
                    score + 2,
                )
                differing = True
    return differing


def _agree_names(a: Extract, b: Extract, graph: Graph) -> None:
    _agree_quotes(a, b, graph)
    for na in a.names:
        for nb in b.names:
            if na.key == nb.key and (na.kind == nb.kind or "person" not in (na.kind, nb.kind)):
                graph.agree(
                    a.span(na.start, na.end, na.kind, na.text, na.key),
                    b.span(nb.start, nb.end, nb.kind, nb.text, nb.key),
                )


def _same_role(a: str, b: str) -> bool:
    """'chief executive' and 'executive', 'president' and 'federation president', 'chief' and 'maravel biologics
    chief executive' (told as "Chief Executive Officer of Maravel Biologics") are the same office."""
    if (set(a.split()) ^ set(b.split())) & _RANK:
        return False  # "deputy mayor" and "mayor", "former chair" and "chair" are two offices
    return f" {b} " in f" {a} " or f" {a} " in f" {b} "  # "chief" in "the firm's chief executive"


_RANK = {"former", "acting", "deputy", "interim", "vice", "assistant", "shadow", "ex"}


_NTH_DAY = re.compile(r"\b(second|third|fourth|fifth|sixth|seventh|(?:[2-9]|\d\d+)(?:st|nd|rd|th))\s+day\b", re.I)


def _unquoted(e: Extract) -> str:
    """The sentence with the quoted passages that hold none of its figures blanked out: "worth 40 million euros,
    was dismissed as 'small change for a group that made a profit last year'" dates the profit, not the plan."""
    text = e.sentence.text
    for qt in e.quotes:
        if not any(qt.start <= q.start < qt.end for q in e.quantities):
            text = text[: qt.start] + " " * (qt.end - qt.start) + text[qt.end :]
    return text


_EARLIER = re.compile(
    r"\b(?:last|previous|past)\s+(?:year|month|week|decade|season|winter|summer|spring|autumn)['’]s\b"
    r"|\blast\s+(?:year|January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"|\b(?:a|one|two|three|four|five|six|ten|\d+)\s+(?:years?|decades?)\s+ago\b",
    re.I,
)


def _other_event(a: Extract, b: Extract, year_a: int | None, year_b: int | None) -> bool:
    """True when one sentence dates its event to an earlier year the other does not name (an earlier fire)."""
    pa, pb = _EARLIER.search(_unquoted(a)), _EARLIER.search(_unquoted(b))
    year_a, year_b = year_a or year_b, year_b or year_a  # a dateline without its year ("Nov 27"): the other's
    # "closed since last year" (in 2025) and "closed in the spring of 2024" name one year two ways
    ia, ib = _years_ago(pa, year_a), _years_ago(pb, year_b)
    named_a = set(a.years) | {w.year for w in a.whens if w.year} | ia
    named_b = set(b.years) | {w.year for w in b.whens if w.year} | ib
    if bool(pa) != bool(pb) and not (ia & named_b or ib & named_a):
        return True  # "last year's flood", "a storm two years ago": an earlier event the other does not name
    da, db = _NTH_DAY.search(a.sentence.text), _NTH_DAY.search(b.sentence.text)
    if (da or db) and (not da or not db or da.group(1).lower() != db.group(1).lower()):
        return True  # "388 flights on Friday, the second day of the strike": another day of it than the other's
    # "has led the union since 2019": a state that runs to this day dates no other event
    ya, yb = set(a.years) - _not_dating(a.sentence.text), set(b.years) - _not_dating(b.sentence.text)
    # "collapsed in March 2023" beside "the hearing opened on 2 February 2026" (this year): two events
    wa, wb = {w.year for w in a.whens if w.year}, {w.year for w in b.whens if w.year}
    if year_a and year_b and wa and wb and (
        (max(wa) < year_a and min(wb) >= year_b) or (max(wb) < year_b and min(wa) >= year_a)
    ):
        return True
    past_a = {y for y in ya if year_a and y < year_a} if year_a not in ya else set()
    past_b = {y for y in yb if year_b and y < year_b} if year_b not in yb else set()
    # "since the start of 2023" and "between 1 January 2023 and 31 December 2024" both name 2023
    return bool((past_a and not past_a & (yb | wb | ib)) or (past_b and not past_b & (ya | wa | ia)))


_RUNS_SINCE = re.compile(
    r"\b(?:has|have|had)\s+(?:\w+\s+){1,4}?since\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b"
)


_YEAR_SPAN = re.compile(
    r"\b(?:from|between)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\s+(?:to|and|until|till)\s+"
    r"(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b"
)


def _not_dating(text: str) -> set[int]:
    """Years that date no earlier event: the start of a state running to this day ("has led the union since
    2019") and the ends of the span the thing itself took ("received €1.4m in bribes from 2021 to 2024")."""
    spans = {int(y) for m in _YEAR_SPAN.finditer(text) for y in m.groups()}
    return _running_since(text) | spans


def _running_since(text: str) -> set[int]:
    """Years a perfect tense runs from ("has led the union since 2019", "have lived there since May 2001")."""
    return {int(m.group(1)) for m in _RUNS_SINCE.finditer(text)}


_AGO = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10}


def _years_ago(found: re.Match[str] | None, year: int | None) -> set[int]:
    """The year an earlier-event phrase names, counted from the article's: "last year('s)" one back, "three years
    ago" three; none for months, seasons and decades."""
    if found is None or year is None:
        return set()
    words = found.group().lower().replace("’", "'").split()
    if words[0] in ("last", "previous", "past") and words[1] in ("year", "year's"):
        return {year - 1}
    if words[1] in ("year", "years") and words[-1] == "ago":
        n = _AGO.get(words[0]) or (int(words[0]) if words[0].isdigit() else 0)
        return {year - n} if n else set()
    return set()


def _one_deadline(x: When, y: When) -> bool:
    """Both told as a deadline with one bound word ("by", "until"), whatever the verbs before it."""
    bound = x.lead.rsplit(" ", 1)[-1]
    return bound in ("by", "until", "till") and bound == y.lead.rsplit(" ", 1)[-1]


def _compare_whens(
    a: Extract, b: Extract, dates: _Dates, graph: Graph, score: float = 0.0, sure: bool = False
) -> bool:
    differing = False
    for kind in ("date", "time"):
        wa = [i for i, w in enumerate(a.whens) if w.kind == kind]
        wb = [j for j, w in enumerate(b.whens) if w.kind == kind]
        verdict = {
            (i, j): same(a.whens[i], b.whens[j], dates.year_a, dates.year_b, dates.today_a, dates.today_b)
            for i in wa
            for j in wb
        }
        matched_a = {i for (i, j), v in verdict.items() if v is True}
        matched_b = {j for (i, j), v in verdict.items() if v is True}
        for (i, j), v in verdict.items():
            if v is True:
                graph.agree(a.wkey(i), b.wkey(j))
        # a day told relative to another ("charged the following day") only matches, it is never set against one;
        # a time that cannot be set against any of the other side ("03:10 local time" beside its "01:10 GMT") is
        # no rival either. Two days in one sentence stay rivals: they often date two events ("hurt on Friday",
        # "came forward on Saturday"), so neither is set against the other side's one day.
        left_a = [
            i
            for i in wa
            if i not in matched_a and a.whens[i].offset is None
            and (kind == "date" or any(verdict[(i, j)] is not None for j in wb))
        ]
        left_b = [
            j
            for j in wb
            if j not in matched_b and b.whens[j].offset is None
            and (kind == "date" or any(verdict[(i, j)] is not None for i in wa))
        ]
        left_a, left_b = _dating_one_thing(a, left_a, b, left_b), _dating_one_thing(b, left_b, a, left_a)
        if len(left_a) > 1 or len(left_b) > 1:  # "stay in place until 31 October" / "remain in place until 30
            twins = [  # September", beside other days: the one bound told in the same words on each side
                (i, j) for i in left_a for j in left_b if a.whens[i].lead not in ("", "resume")
                and a.whens[i].lead == b.whens[j].lead
            ]
            if len(twins) == 1:
                left_a, left_b = [twins[0][0]], [twins[0][1]]
        if (
            len(left_a) == 1
            and len(left_b) == 1
            and verdict[(left_a[0], left_b[0])] is False
            and (
                not (a.whens[left_a[0]].anchor or b.whens[left_b[0]].anchor)
                or (a.whens[left_a[0]].lead and a.whens[left_a[0]].lead == b.whens[left_b[0]].lead)
                # on a sure link, one deadline told with other verbs: "roll off the lines by the end of June" /
                # "scheduled to cease by 30 September"
                or (sure and _one_deadline(a.whens[left_a[0]], b.whens[left_b[0]]))
                # "from 22:00 to 06:00" / "from 11pm to 6am": the other end agrees, so "from" bounds one span
                or (_span_end(a, left_a[0], matched_a) and _span_end(b, left_b[0], matched_b))
            )
            and {a.whens[left_a[0]].phase, b.whens[left_b[0]].phase} != {"start", "end"}  # two moments of it
            # the day it reopens and a day it was still closed are two days
            and (a.whens[left_a[0]].lead == "resume") == (b.whens[left_b[0]].lead == "resume")
            and not (
                kind == "date"
                and (_overnight(a) or _overnight(b))
                and _day_apart(a.whens[left_a[0]], b.whens[left_b[0]], dates)
            )
        ):
            graph.conflict(a.wkey(left_a[0]), b.wkey(left_b[0]), score + 1)
            differing = True
    return differing


def _span_end(e: Extract, k: int, agreed: set[int]) -> bool:
    """The day or time opens a span "from ... to ..." whose other end is one the other sentence agrees with."""
    w = e.whens[k]
    if not w.lead.endswith(" from"):
        return False
    return any(e.sentence.text[w.end : e.whens[n].start].strip() in ("to", "until", "till", "-", "–") for n in agreed)


def _dating_one_thing(e: Extract, left: list[int], other: Extract, left_other: list[int]) -> list[int]:
    """Of several days (or times) in a sentence, the one that dates what the other sentence's single one dates
    ("a full hearing on 10 December" beside "a first hearing for 3 December"; the signing "set for Monday" is
    another event). Unchanged unless exactly one of them names the same thing, or failing that (times only),
    exactly one has a word before it that the other's has."""
    if len(left) < 2 or len(left_other) != 1:
        return left
    theirs = other.whens[left_other[0]]
    same = [i for i in left if theirs.noun and e.whens[i].noun == theirs.noun]
    if len(same) == 1:
        return same
    # "was reached at 2.50 a.m., after talks that had opened at 10 a.m." beside "was reached ... at 01:45": the
    # one time whose words before it share a word with the other's
    # Times only: a sentence's days include its dateline and days told relative to another ("on Tuesday, a day
    # after the attack"), which share words by chance (two false conflicts in bench/heldout when days took part)
    if theirs.kind != "time":
        return left
    near = [i for i in left if e.whens[i].context & theirs.context]
    return near if len(near) == 1 else left


def _overnight(e: Extract) -> bool:
    """ "broke out at 11.45pm on Thursday and was put out at 2am": a sentence whose times run past midnight tells
    of two days, so its one day named may be the eve of the other's."""
    times = [w.minutes for w in e.whens if w.kind == "time" and w.minutes is not None and w.ampm]
    return any(x >= 18 * 60 and y < 12 * 60 for x, y in itertools.pairwise(times))


def _day_apart(x: When, y: When, dates: _Dates) -> bool:
    """Two day mentions one day apart (either way)."""
    if x.weekday is not None and y.weekday is not None and not x.months and not y.months:
        return (x.weekday - y.weekday) % 7 in (1, 6)
    dx = days(x, dates.today_a or dates.today_b, dates.year_a or dates.year_b)
    dy = days(y, dates.today_b or dates.today_a, dates.year_b or dates.year_a)
    return bool(dx and dy and any(abs((p - q).days) == 1 for p in dx for q in dy))


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b(?![,.]?\d)")
_YEAR_LEAD = {"in", "since", "by", "during", "of"}


_SINCE_YEAR = re.compile(
    r"\b(?:opened|built|founded|completed|constructed|established|launched)\s+in\s+(1[89]\d\d|20\d\d)\b"
)

Spans = tuple[tuple[int, int], tuple[int, int]]


def _swap(spans: Spans | None) -> Spans | None:
    return (spans[1], spans[0]) if spans else None


def _age_against_year(a: Extract, b: Extract, now: int | None) -> Spans | None:
    """A thing's age in one sentence ("the 52-year-old bridge") and the year it began in the other ("which opened
    in 1968"), more than a year apart once counted from the article's year: one fact told two ways that differ."""
    if now is None:
        return None
    ages = [q for q in a.quantities if q.dim == "age" and not q.owner]
    found = [m for m in _SINCE_YEAR.finditer(b.sentence.text)]
    if len(ages) != 1 or len(found) != 1:
        return None
    age, m = ages[0], found[0]
    thing = re.match(r"\s+([\w’'-]+)", a.sentence.text[age.end :])  # "the 52-year-old bridge"
    if thing is None or content(thing.group(1)) not in b.words:
        return None
    if abs(now - int(m.group(1)) - age.lo) <= 1:
        return None
    return (age.start, age.end), (m.start(1), m.end(1))


_RECORD = re.compile(r"\b(\w+est|worst|best|most|least)\s+(?:[\w’'-]+\s+){0,3}?since\s+((?:1[89]|20)\d\d)\b", re.I)
_NOT_SUPERLATIVE = {"interest", "forest", "protest", "harvest", "west", "rest", "test", "arrest", "request", "contest",
                    "quest", "guest", "chest", "nest", "invest", "suggest", "latest", "honest", "modest"}  # fmt: skip


@lru_cache(maxsize=4096)  # asked of each sentence once per link it has
def _record(text: str) -> tuple[str, tuple[int, int]] | None:
    """A record and the year it reaches back to ("the region's driest spring since 1976"): (superlative, year
    span), when the sentence tells one."""
    found = [m for m in _RECORD.finditer(text) if m.group(1).lower() not in _NOT_SUPERLATIVE]
    if len(found) != 1:
        return None
    return found[0].group(1).lower(), found[0].span(2)


def _rival_years(a: Extract, b: Extract) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The spans of two different years told of one event: each sentence names one year, after the same word
    ("opened in 1998" / "opened in 2001"), and the two sentences are mostly the same words."""
    if len(a.years) != 1 or len(b.years) != 1 or a.years == b.years:
        return None
    ra, rb = _record(a.sentence.text), _record(b.sentence.text)
    if ra and rb and ra[0] == rb[0]:  # "the driest spring since 1976" / "its driest spring since 1959"
        return ra[1], rb[1]
    if len(a.words & b.words) < 0.6 * max(1, min(len(a.words), len(b.words))):
        return None
    spans = []
    for e in (a, b):
        ms = [m for m in _YEAR.finditer(e.sentence.text) if int(m.group()) == e.years[0]]
        if len(ms) != 1:
            return None
        words = re.findall(r"[\w'’]+", e.sentence.text[: ms[0].start()])
        while words and words[-1].lower() in _YEAR_LEAD:
            words.pop()
        lead = content(words[-1]) if words else None
        if not lead:
            return None
        spans.append(((ms[0].start(), ms[0].end()), lead))
    if spans[0][1] != spans[1][1]:
        return None
    return spans[0][0], spans[1][0]
