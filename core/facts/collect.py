"""Per-sentence extraction and the graph that joins mentions into facts.

Conflict edges are joined transitively (A 400 / B 350 / C 420 become one fact)
as long as each source keeps one value in the fact; agreement edges never join
a differing fact, so a trap pair is not chained into a conflict through them.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from core.facts.actors import Act, find_acts
from core.facts.alarm import Raiser, alarm_raisers
from core.facts.dates import DATE_RE, When, find_whens
from core.facts.names import Name, find_names, find_roles
from core.facts.numbers import carry_anaphor, find_quantities
from core.facts.quantity import Quantity
from core.facts.quotes import QuoteSpan, find_quotes
from core.facts.text import content, is_english, tokenize
from core.facts.updates import mark_superseded
from core.model import Fact, Mention, Sentence


class MentionKey:
    """A mention, equal to another when it covers the same span of the same sentence."""

    __slots__ = ("_hash", "_key", "end", "kind", "label", "sentence", "source", "start", "text", "value")

    def __init__(
        self, sentence: str, start: int, end: int, source: str, text: str, kind: str, value: Any, label: str
    ) -> None:
        self.sentence, self.start, self.end = sentence, start, end
        self.source, self.text, self.kind, self.value, self.label = source, text, kind, value, label
        self._key = (sentence, start, end)
        self._hash = hash(self._key)

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other: object) -> bool:
        return isinstance(other, MentionKey) and self._key == other._key


@dataclass
class Extract:
    sentence: Sentence
    quantities: list[Quantity]
    whens: list[When]
    names: list[Name]
    roles: list[tuple[str, str, int, int]]
    years: list[int]
    quotes: list[QuoteSpan]
    english: bool = True
    words: frozenset[str] = frozenset()  # content stems of the sentence, to weigh conflicts by how alike two are
    acts: list[Act] = field(default_factory=list)  # who did what, found once per sentence (core.facts.actors)
    raisers: list[Raiser] = field(default_factory=list)  # who raised the alarm, once per sentence (core.facts.alarm)

    def span(self, start: int, end: int, kind: str, value: Any, label: str) -> MentionKey:
        s = self.sentence
        return MentionKey(s.id, s.start + start, s.start + end, s.source, s.text[start:end], kind, value, label)

    def qkey(self, i: int) -> MentionKey:
        q = self.quantities[i]
        return self.span(q.start, q.end, "number", q.value, q.label or q.dim.split(":")[0])

    def wkey(self, i: int) -> MentionKey:
        w = self.whens[i]
        return self.span(w.start, w.end, w.kind, w.value, w.kind)


DATELINE_CHARS = 300  # explicit dates this close to the top of a source are its dateline or byline


def known_people(sentences: list[Sentence]) -> frozenset[str]:
    """Surnames one source names in full somewhere ("Thea Quennell"), so a sentence may open with one alone."""
    return frozenset(n.key for s in sentences for n in find_names(s.text) if n.kind == "person" and " " in n.text)


def dateline_span(text: str) -> tuple[int, int] | None:
    """Where a source's own date stands: its first full date near the top ("ORRIN, June 14 (Wire) - ...")."""
    m = DATE_RE.search(text[:DATELINE_CHARS])
    return m.span() if m else None


def extract(
    sentence: Sentence, known: frozenset[str] = frozenset(), dateline: tuple[int, int] | None = None
) -> Extract:
    """Everything checkable in one sentence. `dateline`: where its source's own date stands (dateline_span); a
    later date near the top ("ORRIN, June 14 - A jet landed on 11 June") dates an event, not the article."""
    text = sentence.text
    whens = find_whens(text)
    for w in whens:
        at = sentence.start + w.start
        if w.day is not None and at < DATELINE_CHARS and (
            dateline is None or (at < dateline[1] and dateline[0] < sentence.start + w.end)
        ):
            w.anchor = True
    names = find_names(text, known)
    quotes = find_quotes(text, names)
    toks = tokenize(text)
    quantities, years = find_quantities(text, [(w.start, w.end) for w in whens], toks)
    carry_anaphor(toks, quantities)
    mark_superseded(text, quantities)
    _assign_owners(text, quantities, [n for n in names if n.kind == "person"])
    words = frozenset(c for t in toks if t.is_word and (c := content(t.text)))
    return Extract(
        sentence, quantities, whens, names, find_roles(text), years, quotes, is_english(text), words,
        find_acts(text, names), alarm_raisers(text),
    )


_APPOSITIVE = re.compile(
    r"\b((?i:the|a|an|his|her|their)|[A-Z][\w’'-]*['’]s)\s+((?:[a-z]+\s+)?[a-z]+)(?:,\s*|\s+\(\s*)$"
)
_LAST = re.compile(r"\.?[\"”’']?\s*$")  # the figure closes the sentence: "... said Ines Coll, 34."


def _owner_after(text: str, end: int, people: list[Name]) -> str:
    """The person an age stands before: "Seventy-four-year-old Jonas Berg" (nothing but a space between)."""
    for n in people:
        before = n.start <= end < n.end or (n.start >= end and not text[end : n.start].strip())
        if before and text[end : n.end].strip():
            return n.key
    return ""


def _assign_owners(text: str, quantities: list[Quantity], people: list[Name]) -> None:
    """Whose each figure is (a named person's age, term, votes or share), and which bare counts are ages."""
    prev: Quantity | None = None
    for q in quantities:
        q.owner = _owner(text, q.start, people)
        closed = text[q.end : q.end + 1] in (",", ")") or _LAST.match(text[q.end :]) is not None
        if q.owner and q.dim == "count" and q.lo == q.hi and 0 < q.lo < 120 and closed:
            q.dim = "age"  # "Ilya Marek, 64, said", "... said Ilya Marek, 64."
        elif (
            not q.owner
            and q.dim == "count"
            and q.lo == q.hi == int(q.lo)
            and 0 < q.lo < 120
            and closed
            and (m := _APPOSITIVE.search(text[: q.start]))
        ):
            q.dim = "age"  # "The striker, 21, scored": the age of the person just named by a noun
            q.about = list(dict.fromkeys(q.about + [c for w in m.group(2).split() if (c := content(w))]))
            whose = next((n.key for n in people if m.start(1) <= n.start < m.end(1)), "")
            if m.group(1)[:1].isupper() and whose:
                q.owner = f"{whose}'s {m.group(2).lower()}"  # "Ms Greer's son, 14,": the son's age, not Greer's
        if q.dim == "age" and not q.owner:
            q.owner = _owner_after(text, q.end, people)  # "the 74-year-old Jonas Berg"
        if not q.owner and q.dim != "age":  # "Quennell took 18,407 votes", "18,289 for Blakesley"
            q.owner = _holder(text, q, people)
        if not q.owner and q.dim == "percent" and prev is not None and prev.owner and _SHARE_OF_IT.match(
            text[prev.end : q.start]
        ):
            q.owner = prev.owner  # "Demirel received 7,954 votes, which is 17.81%": her share
        if q.dim == "duration" and not q.owner and not _SPAN_AGO.match(text[q.end :]):
            # "Aurel Denholm, who led the party for nine years": a span of the person's own life or office
            q.owner = next((n.key for n in people if n.end <= q.start and _WHO_CLAUSE.match(text[n.end : q.start])), "")
        if q.dim == "age" and not q.owner:  # "Dario Fenwald, a 29-year-old teacher"
            apposed = [n.key for n in people if n.end <= q.start and _AGE_APPOSED.match(text[n.end : q.start])]
            q.owner = apposed[0] if apposed else ""
        prev = q


_AGE_APPOSED = re.compile(r"^,\s+(?:a|an)\s+$")
_WHO_CLAUSE = re.compile(r"^,\s+who\s+[^,;.\"“”()]*$")
_SPAN_AGO = re.compile(r"^\s+(?:ago|earlier|later|before|after|since)\b")
_OWNER_GAP = re.compile(r"^(?:['’]s\s+|,\s+(?:aged\s+)?|\s+\(\s*)$")


_SHARE_OF_IT = re.compile(r"^\s+\w+(?:\s+\w+)?\s*[,(]\s*(?:(?:which|that)\s+(?:is|was|represents)\s+|or\s+|just\s+)*$")
_GAINED = re.compile(
    r"(?:\s*\([^)]{1,40}\))?\s+(?:\w+ly\s+)?(?:took|polled|received|won|got|secured|gained|collected|spent|"
    r"raised|scored|earned|finished\s+(?:on|with))\s+$"
)
_FOR_NAME = re.compile(r"^\s+(?:votes?\s+)?for\s+(?:Mr|Mrs|Ms|Dr)?\.?\s*$")


def _holder(text: str, q: Quantity, people: list[Name]) -> str:
    """Whose figure it is when a named person got it: "Quennell took 18,407 votes", "Demirel (Independent)
    received 7,954", "18,289 for Blakesley". Two people's figures are never rival reports of one."""
    for n in people:
        if n.end <= q.start and _GAINED.fullmatch(text[n.end : q.start]):
            return n.key
    after = [n for n in people if n.start >= q.end and _FOR_NAME.match(text[q.end : n.start])]
    if after:
        return after[0].key
    return ""


def _owner(text: str, start: int, people: list[Name]) -> str:
    """The person a figure belongs to: "Okoro, 64," or "Okoro's 11-year term" (name right before it)."""
    for n in people:
        if n.end <= start and _OWNER_GAP.match(text[n.end : start]):
            return n.key
    return ""


class Graph:
    """Mentions joined by agreement and conflict edges across links."""

    def __init__(self) -> None:
        self._parent: dict[MentionKey, MentionKey] = {}
        self._agree: list[tuple[MentionKey, MentionKey]] = []
        self._values: dict[MentionKey, dict[str, str]] = {}  # per root: each source's one sentence and value
        self._conflicts: list[tuple[float, int, MentionKey, MentionKey]] = []
        self._edge_link: list[int] = []  # the link each conflict came from
        self._member: dict[MentionKey, MentionKey] = {}
        self.link = -1  # the link being compared, set by the caller

    def _find(self, k: MentionKey) -> MentionKey:
        while self._parent[k] != k:
            self._parent[k] = self._parent[self._parent[k]]
            k = self._parent[k]
        return k

    def conflict(self, x: MentionKey, y: MentionKey, weight: float = 1.0) -> None:
        """Record a conflict; the strongest are joined first when the facts are built."""
        self._conflicts.append((weight, len(self._conflicts), x, y))
        self._edge_link.append(self.link)

    def _join(self, x: MentionKey, y: MentionKey) -> None:
        """Join two conflicting mentions, unless a source would then give two values (or sentences) in one fact.

        That guard keeps chains through loose links from sweeping unrelated figures (or one
        amount in two notations) into one differing fact.
        """
        for k in (x, y):
            if k not in self._parent:
                self._parent[k] = k
                self._values[k] = {k.source: _told(k)}
        rx, ry = self._find(x), self._find(y)
        if rx == ry:
            return
        vx, vy = self._values[rx], self._values[ry]
        if _two_values(vx, vy):
            return
        self._parent[rx] = ry
        vy.update(vx)
        del self._values[rx]

    def differing_links(self) -> set[int]:
        """Links one of whose own conflicts is inside a differing fact (call after facts())."""
        m = self._member
        return {self._edge_link[n] for _, n, x, y in self._conflicts if x in m and y in m and m[x] == m[y]}

    def agree(self, x: MentionKey, y: MentionKey) -> None:
        self._agree.append((x, y))

    def agreeing(self) -> set[frozenset[tuple[str, int, int]]]:
        """The (sentence, start, end) pairs of mentions found to agree, whatever fact they ended up in."""
        return {frozenset((x._key, y._key)) for x, y in self._agree}

    def facts(self, extracts: dict[str, Extract]) -> list[Fact]:
        told = self._told_elsewhere()
        for _, _, x, y in sorted(self._conflicts, key=lambda c: (-c[0], c[1])):
            if y.source not in told.get(x, ()) and x.source not in told.get(y, ()):
                self._join(x, y)
        groups: dict[MentionKey, set[MentionKey]] = {}
        for k in self._parent:
            groups.setdefault(self._find(k), set()).add(k)
        groups = {r: ks for r, ks in groups.items() if len({k.source for k in ks}) > 1}  # refused joins stay out
        member = {k: root for root, ks in groups.items() for k in ks}
        self._member = dict(member)
        base = set(member)
        for x, y in self._agree:
            # "Three workers" joins a fact where "Three members" stands against "Four employees" when the
            # links between them were missed; only the very same words, so one amount written two ways
            # (a trap) is never swept in, and only from a source the fact does not have yet. A time that
            # agrees ("3.10am" with "shortly after 3am") is the same moment told more or less exactly, not
            # another notation of it, so it joins too (the bundled examples' conflict recall 0.42 -> 0.53, no trap lost)
            for p, q in ((x, y), (y, x)):
                if (
                    p in base
                    and q not in member
                    and (p.text.lower() == q.text.lower() or p.kind == "time" or _one_office(p, q))
                    and p.kind == q.kind
                    and q.source not in {k.source for k in groups[member[p]]}
                ):
                    groups[member[p]].add(q)
                    member[q] = member[p]
        self._merge_agreeing(groups, member)
        out: list[tuple[str, set[MentionKey]]] = [("differing", ks) for ks in groups.values()]
        shared: dict[MentionKey, MentionKey] = {}

        def find(k: MentionKey) -> MentionKey:
            while shared[k] != k:
                shared[k] = shared[shared[k]]
                k = shared[k]
            return k

        for x, y in self._agree:
            if x in member or y in member or x.kind != y.kind:
                continue
            shared.setdefault(x, x)
            shared.setdefault(y, y)
            rx, ry = find(x), find(y)
            if rx != ry:
                shared[rx] = ry
        sgroups: dict[MentionKey, set[MentionKey]] = {}
        for k in shared:
            sgroups.setdefault(find(k), set()).add(k)
        out += [("shared", ks) for ks in sgroups.values()]
        seen = set(member) | set(shared)
        for e in extracts.values():
            for k in [e.qkey(i) for i in range(len(e.quantities))] + [e.wkey(i) for i in range(len(e.whens))]:
                if k not in seen:
                    seen.add(k)
                    out.append(("unique", {k}))
            for qt in e.quotes:
                k = e.span(qt.start, qt.end, "quote", qt.text, qt.speaker)
                if k not in seen:
                    seen.add(k)
                    out.append(("unique", {k}))
        return _number(out)

    def _told_elsewhere(self) -> dict[MentionKey, set[str]]:
        """Per mention: the sources that tell the same value somewhere (an agreement edge). A's "turnout was 40%"
        agrees with B's "two in five voters"; B's "across the district, turnout fell to 36%" in another sentence
        counts something else, since B already gives A's figure: that conflict is not joined. Only agreements on
        one value count ("40%" and "two in five" are both 40; "as much as 1,400" merely admits "600")."""
        out: dict[MentionKey, set[str]] = {}
        for x, y in self._agree:
            if x.kind == y.kind and x.value == y.value:
                out.setdefault(x, set()).add(y.source)
                out.setdefault(y, set()).add(x.source)
        return out

    def _merge_agreeing(self, groups: dict[MentionKey, set[MentionKey]], member: dict[MentionKey, MentionKey]) -> None:
        """Two differing facts that an agreement joins are one: "14 of them" (A) against "16" (C) and "Fourteen
        patients" (B) against "Nineteen" (D), where A's 14 and B's Fourteen agree, is one figure in four sources.
        Only when no source would then give two values."""
        for x, y in self._agree:
            rx, ry = member.get(x), member.get(y)
            if rx is None or ry is None or rx == ry or x.kind != y.kind:
                continue
            gx, gy = groups[rx], groups[ry]
            if _two_values({k.source: _told(k) for k in gx}, {k.source: _told(k) for k in gy}):
                continue
            gx |= gy
            for k in gy:
                member[k] = rx
            del groups[ry]


def _one_office(p: MentionKey, q: MentionKey) -> bool:
    """Two mentions of one office in other words ("director of public health" / "Public Health Director")."""
    return p.label == q.label == "role" and p.value == q.value


def _told(k: MentionKey) -> str:
    """What a source says in a fact: one sentence and one value."""
    return f"{k.sentence}|{k.value!r}"


def _two_values(x: dict[str, str], y: dict[str, str]) -> bool:
    """Joining two facts would give some source two values (or two sentences)."""
    return any(x[src] != y[src] for src in x.keys() & y.keys())


def _place(k: MentionKey) -> tuple[str, int, int, str]:
    """Where a mention sits, as a total order: two mentions may start at one word ("Veldrun Base Tunnel" and
    "Veldrun Base Tunnel carried its"), and a set's order must never decide the output."""
    return k.source, k.start, k.end, k.sentence


def _number(groups: list[tuple[str, set[MentionKey]]]) -> list[Fact]:
    ordered = sorted(groups, key=lambda g: min(_place(k) for k in g[1]))
    facts = []
    for n, (status, ks) in enumerate(ordered, 1):
        ms = sorted(ks, key=_place)
        kinds = Counter(k.kind for k in ms)
        label = Counter(k.label for k in ms if k.label).most_common(1)
        facts.append(
            Fact(
                id=f"f{n}",
                kind=kinds.most_common(1)[0][0],  # type: ignore[arg-type]
                status=status,  # type: ignore[arg-type]
                mentions=tuple(Mention(k.source, k.sentence, k.start, k.end, k.text, k.value) for k in ms),
                label=label[0][0] if label else "",
            )
        )
    return facts
