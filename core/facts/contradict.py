"""Outcome conflicts: two linked sentences that disagree on what happened, not on a figure.

Two general signals, never word pairs: (1) an explicit correction in one source
("filed by X, not by Y", "in A rather than in B") whose rejected part is what the
other source says; (2) the same actor's main event told as done in one source
("had invalidated") and as still open in the other ("would consider", "plans to"). Decisions told with
opposite verdicts are a third: general classes of verbs that settle a question for or against, and narrower
families set only against their own kind (charged / released without charge, bailed / remanded in custody,
went ahead / postponed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from core.facts.names import find_names
from core.facts.text import content, tokenize

# the rejected part: a few words up to a clause word or a closing quote ("a beginning, not an end" and urged ...)
_CORRECTION = re.compile(
    r"(?:,\s*not\s+|\brather\s+than\s+|\binstead\s+of\s+)(?P<y>(?:(?!\b(?:and|but|or|who|which|that)\b)[^,;:.\"”]){2,60})",
    re.I,
)
_SUBJECT = r"(?:\bthat\s+(?:it|he|she|they|we)|\b(?:it|he|she|they)\b(?<!that it)|(?P<s>[A-Za-z][\w’']+))\s+"
_DONE = re.compile(_SUBJECT + r"(?:had|has|have)\s+(?:already\s+|now\s+)?[\"“]?(?P<v>[a-z]+ed)\b")
_WEIGH_STEMS = r"(?:consider|review|examin|study|weigh|assess|discuss|debat|investigat|explor|mull)"  # deliberating
_OPEN = re.compile(
    _SUBJECT + r"(?:would|will|may|might|could|plans?\s+to|intends?\s+to|is\s+set\s+to|aims?\s+to|"
    r"expects?\s+to|is\s+(?:still\s+)?to|was\s+to|ha(?:s|ve)\s+yet\s+to|promised\s+to|agreed\s+to)\s+"
    r"(?:now\s+|also\s+|not\s+)?"
    r"(?P<v>[a-z]+)\b"
    # still weighing it: "is reviewing", "are considering" (deliberation only, not any ongoing act)
    r"|" + _SUBJECT.replace("?P<s>", "?P<s2>") + r"(?:is|are)\s+(?:now\s+|still\s+)?"
    r"(?P<v2>" + _WEIGH_STEMS + r"ing)\b"
)
# a plain past tense after a noun subject ("The board approved the merger"): news tells most things so, so it
# counts as done only against a decision still to be taken ("will vote on", "is considering")
_PAST = re.compile(
    r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[A-Z][\w’']+\s+){0,3}|^)(?P<s>[A-Za-z][\w’']+)\s+"
    r"(?:already\s+|formally\s+)?(?P<v>[a-z]+ed)\s+(?:the|its|their|a|an)\b"
)
_DELIBERATE = re.compile(r"^(?:consider|review|vote|decide|discuss|examin|study|weigh|assess|debat|rul)", re.I)
_SAY = {
    "said",
    "say",
    "stated",
    "state",
    "told",
    "tell",
    "announced",
    "announce",
    "reported",
    "report",
    "added",
    "add",
    "been",
    "be",
    "become",
    "have",
    "had",
    "seen",
    "see",
    "given",
    "give",
    "made",
    "make",
    "taken",
    "take",
    "got",
    "get",
    "gotten",
    "left",
    "leave",
    "need",
    "needed",
    "continue",
    "continued",
    "remain",
    "remained",
    "warned",
    "warn",
    "urged",
    "urge",
    "insisted",
    "claimed",
    "confirmed",
    "argued",
    "explained",
    "described",
    "noted",
    "signalled",
    "signaled",
    "suggested",
    "agreed",
    "decided",
    "expected",
    "believed",
}


@dataclass
class Span:
    start: int
    end: int


def corrections(a: str, b: str) -> list[tuple[Span, Span]]:
    """Spans (in a, in b) where b corrects something a asserts: b says 'X, not Y' and a says Y."""
    out: list[tuple[Span, Span]] = []
    if _CORRECTION.search(b) is None:
        return []
    a_words: dict[str, object] = {}
    # what a rejects itself is no claim of a's: both say "a trust, not a shield"
    own = [(m.start("y"), m.end("y")) for m in _CORRECTION.finditer(a)]
    for t in tokenize(a):
        c = content(t.text) if t.is_word and not any(x <= t.start < y for x, y in own) else None
        if c and c not in a_words:
            a_words[c] = t
    b_words = {content(t.text) for t in tokenize(b) if t.is_word} - {None}
    for m in _CORRECTION.finditer(b):
        rejected = [content(t.text) for t in tokenize(m.group("y")) if t.is_word]
        hits = [a_words[w] for w in rejected if w and w in a_words]
        if not hits or not (b_words - set(rejected)) & set(a_words):  # the same event must be told in both
            continue
        # what b asserts instead: up to six words before the marker
        before = tokenize(b[: m.start()])[-6:]
        before = [t for t in before if t.text not in ",;:"]
        if not before:
            continue
        hit = hits[0]
        out.append((Span(hit.start, hit.end), Span(before[0].start, before[-1].end)))  # type: ignore[attr-defined]
    return out


_SAY_VERB = re.compile(r"\b(?:said|says|stated|states|announced|told|confirmed|reported|declared)\b")


def speaker(text: str) -> set[str]:
    """Content stems of who speaks: the words before the first 'said' ("The agency said that it had...")."""
    m = _SAY_VERB.search(text)
    if m is None:
        return set()
    head = tokenize(text[: m.start()])[-5:]
    return {c for t in head if t.is_word and (c := content(t.text))}


Event = tuple[str, int, int, str]  # verb, start, end, the noun subject's stem ("" for a pronoun)


def _events(text: str, rx: re.Pattern[str], actors: set[str] | None = None) -> list[Event]:
    """(verb, start, end, subject) of each done or open event; a noun subject ("the council has") joins actors."""
    out = []
    for m in rx.finditer(text):
        g = "v" if m.group("v") else "v2"
        v = m.group(g).lower()
        subject = m.group("s") if g == "v" else m.group("s2")
        stem = content(subject) if subject else None
        if subject and subject[:1].islower() and stem is None:
            continue  # "which has", "also will": no subject to tie the event to
        if v not in _SAY and len(v) > 3:
            out.append((v, m.start(g), m.end(g), stem or ""))
            if stem and actors is not None:
                actors.add(stem)
    return out


def outcome(a: str, b: str, actors_a: set[str], actors_b: set[str]) -> tuple[Span, Span] | None:
    """Spans of the two verbs when the same actor's event is done in one sentence and only open in the other."""
    actors_a, actors_b = set(actors_a), set(actors_b)
    done_a, open_a = _events(a, _DONE, actors_a), _events(a, _OPEN, actors_a)
    done_b, open_b = _events(b, _DONE, actors_b), _events(b, _OPEN, actors_b)
    # a plain past tense ("the court rejected the request") counts as done against a decision still to be taken
    if not open_a and any(_DELIBERATE.match(e[0]) for e in open_b):
        done_a = done_a + _events(a, _PAST, actors_a)
    if not open_b and any(_DELIBERATE.match(e[0]) for e in open_a):
        done_b = done_b + _events(b, _PAST, actors_b)
    if not actors_a & actors_b:
        return None
    if done_a and open_b and not open_a and not done_b:
        found = _done_and_open(a, done_a, open_b)
        return (Span(found[0][1], found[0][2]), Span(found[1][1], found[1][2])) if found else None
    if done_b and open_a and not open_b and not done_a:
        found = _done_and_open(b, done_b, open_a)
        return (Span(found[1][1], found[1][2]), Span(found[0][1], found[0][2])) if found else None
    return None


def _done_and_open(text: str, done: list[Event], still: list[Event]) -> tuple[Event, Event] | None:
    """The first act done and decision still open by one actor. What is still open must be the decision itself
    ("would consider", "will vote on"), or the very act done ("had approved" / "will approve"): "had doubled the
    water stations" / "would publish an account" are two acts. A pair naming the same actor comes first."""
    pairs = [(x, y) for x in done for y in still if _same_actor(x, y) and _still_to_decide(x, y)]
    pairs = [(x, y) for x, y in pairs if not _begun(text, x, y)]
    pairs.sort(key=lambda p: not (p[0][3] and p[0][3] == p[1][3]))
    return pairs[0] if pairs else None


def _still_to_decide(done: Event, still: Event) -> bool:
    """The open event deliberates, or is the done act itself ("approved" / "approve")."""
    return bool(_DELIBERATE.match(still[0]) or _WEIGHING.match(still[0])) or done[0][:5] == still[0][:5]


_START = re.compile(r"^(?:open|launch|start|began|begun|initiat|set)", re.I)
_WEIGHING = re.compile("^" + _WEIGH_STEMS, re.I)


def _begun(text: str, done: Event, still: Event) -> bool:
    """ "had opened an inquiry" and "is investigating": the act done started the one still going on, so the two
    agree. True when the done verb starts something and the open one deliberates, or when the open verb's stem
    is among the words right after the done verb ("had ordered a review" / "is reviewing")."""
    if _START.match(done[0]) and _WEIGHING.match(still[0]):
        return True
    stem = still[0][:6]
    return any(w.lower().startswith(stem) for w in re.findall(r"[A-Za-z]+", text[done[2] : done[2] + 40])[:4])


def _same_actor(x: Event, y: Event) -> bool:
    """Two named subjects that differ ("the board has opened" / "the company would cooperate") are two actors."""
    return not (x[3] and y[3] and x[3] != y[3])


# Decisions told with opposite verdicts: a general class of verbs that settle a question for or against
# ("approved", "upheld", "found guilty" / "rejected", "dismissed", "acquitted"); a negation before one flips it.
_FOR = re.compile(
    r"\b(?:approved|ratified|passed|upheld|backed|endorsed|accepted|granted|adopted|convicted|"
    r"found\s+(?:him|her|them|it)?\s*guilty|went\s+ahead|(?:will|would|shall)\s+go\s+ahead|goes\s+ahead|"
    r"decision\s+(?:by\s+[^,.;]{1,60}?\s+)?to\s+(?:approve|adopt|accept|back|endorse|grant|ratify)|"
    r"voted\s+(?:\w+\s+)?(?:in\s+favour\s+of|for|to\s+(?:approve|adopt|accept|back|endorse|ratify)))\b",
    re.I,
)
_AGAINST = re.compile(
    r"\b(?:rejected|dismissed|blocked|vetoed|overturned|refused|acquitted|called\s+off|cancell?ed|scrapped|"
    r"turned\s+down|"
    r"threw\s+out|thrown\s+out|quashed|struck\s+down|voted\s+down|found\s+(?:him|her|them|it)?\s*not\s+guilty|"
    r"decision\s+(?:by\s+[^,.;]{1,60}?\s+)?to\s+(?:reject|refuse|block|dismiss|scrap|cancel|veto)|"
    r"voted\s+(?:\w+\s+)?(?:against|to\s+(?:reject|oppose|block|scrap)))\b",
    re.I,
)
# Verdicts of a narrower question, set only against their own kind: a suspect charged or let go without charge,
# bailed or held in custody, an event held or put off. (Charged and later acquitted is no contradiction, so these
# never meet the general verdicts above.)
_FAMILIES = (
    (
        "charge",
        re.compile(r"\b(?:charged|indicted)\b", re.I),
        re.compile(
            r"\b(?:released|freed|let\s+go|bailed)\s+(?:(?P<obj>(?:[\w’'-]+\s+){1,3}?))?without\s+"
            r"(?:charge|being\s+charged)\b",
            re.I,
        ),
    ),
    (
        "custody",
        re.compile(r"\b(?:released|freed)\s+on\s+bail\b|\b(?:granted|given)\s+bail\b|\bbailed\b", re.I),
        re.compile(r"\bremanded\s+in(?:to)?\s+custody\b|\b(?:refused|denied)\s+bail\b", re.I),
    ),
    (  # a service back or still stopped: "sailings resumed on Sunday" / "the ferry remains suspended"
        "service",
        # "reopened briefly but was shut again" ends closed
        re.compile(
            r"\b(?:resumed|reopened|restarted|(?:is|are|was|were)\s+running\s+again)\b(?![^.;]*\bagain\b)", re.I
        ),
        re.compile(
            r"\b(?:remains?|remained|(?:is|are|was|were)\s+still|stays?|stayed)\s+(?:suspended|closed|shut|halted)\b",
            re.I,
        ),
    ),
    (  # an inquiry opened or not: "had opened an inquiry" / "declined to open a formal investigation"
        "inquiry",
        re.compile(
            r"\b(?:opened|launched|began|started)\s+(?:an?\s+|its\s+|the\s+)?(?:formal\s+|criminal\s+|independent\s+|"
            r"full\s+|official\s+)?(?:inquiry|investigation|probe)\b",
            re.I,
        ),
        re.compile(
            r"\b(?:declined|refused)\s+to\s+(?:open|launch|begin|start)\s+(?:an?\s+|any\s+)?(?:formal\s+|criminal\s+|"
            r"independent\s+|full\s+|official\s+)?(?:inquiry|investigation|probe)\b",
            re.I,
        ),
    ),
    (
        "held",
        re.compile(r"\b(?:went|(?:will|would|shall)\s+go|goes|going)\s+ahead\b|\btook\s+place\b", re.I),
        re.compile(r"\b(?:postponed|delayed|put\s+off|called\s+off|cancell?ed|scrapped|abandoned)\b", re.I),
    ),
)
_NOT = re.compile(r"\b(?:not|never|n't|failed\s+to|refused\s+to|declined\s+to)\s+(?:\w+\s+)?$", re.I)
# A decision put off ("deferred its decision on the wind farm", "put off a ruling on the complaint"): set against
# any verdict on the same question ("approved the wind farm", "dismissed the complaint"), whichever way it went.
_DEFERRED = re.compile(
    r"\b(?:deferred|postponed|put\s+off|delayed|adjourned|held\s+over)\s+(?:(?:its|a|the|their|any)\s+)?"
    r"(?:final\s+)?(?:decision|ruling|verdict|vote|judge?ment)\b"
    r"|\b(?:decision|ruling|verdict|vote|judge?ment)\s+(?:had|has|have|was|were|would\s+be|will\s+be)\s+(?:been\s+)?"
    r"(?:deferred|postponed|put\s+off|delayed|adjourned|held\s+over)\b",
    re.I,
)
DECIDED, DEFERRED = "decided", "deferred"  # the two answers to "was it decided yet?"


_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|be|being)\s+(?:\w+ly\s+)?$", re.I)
_CLAUSE_END = {"to", "on", "in", "at", "after", "before", "because", "despite", "for", "with", "by", "over", "and",
               "but", "as", "from", "of", "when", "while", "amid"}


_WHEN_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
               "tonight", "morning", "evening", "afternoon", "night"}


def _words_around(text: str, lo: int, hi: int, forward: bool) -> set[str]:
    """Content stems just after hi (forward) or just before lo, up to a clause word or punctuation."""
    toks = tokenize(text[hi:] if forward else text[:lo])
    seq = toks[:5] if forward else list(reversed(toks[-5:]))
    if not forward and seq and seq[0].low in _WHEN_WORDS:  # "The board on Thursday approved": skip the day
        k = 1 + int(len(toks) > 1 and toks[-2].low in ("on", "last", "this", "late", "early"))
        seq = list(reversed(toks[-5 - k : -k]))
    out: set[str] = set()
    for t in seq:
        if not t.is_word or t.low in _CLAUSE_END:
            break
        if c := content(t.text):
            out.add(c)
    return out


_AGE = re.compile(r"\b(\d{1,3})-year-old\b|,\s*(\d{1,3}),")
_REPORTING = re.compile(r"[;:]|\b(?:that|said|says|told)\b", re.I)


def _ages(text: str) -> set[str]:
    """Who a stretch names: its ages ("the 46-year-old supervisor", "Mr Vale, 46,") and the surnames of its full
    names ("Jonna Prell, who ran the desk, was convicted"). One person told in other words ("a 46-year-old man
    from Hollin Bridge") is still the one decided on."""
    ages = {f"age:{m.group(1) or m.group(2)}" for m in _AGE.finditer(text)}
    return ages | {f"name:{n.key}" for n in find_names(text) if n.kind == "person" and " " in n.text}


def _clause_before(text: str, end: int) -> str:
    """The subject's stretch: from the last reporting word or clause mark before `end` ("Police said that ...")."""
    head = text[:end]
    marks = list(_REPORTING.finditer(head))
    return head[marks[-1].end() :] if marks else head


def _what_and_who(text: str, s: int, e: int, family: frozenset[str], obj: str) -> tuple[set[str], set[str]]:
    """What a verdict verb at text[s:e] decides and who decided it, read where each family puts them."""
    passive = _PASSIVE.search(text[max(0, s - 40) : s])
    if passive or text[s:e].lower().endswith(("ahead", "place")):  # "the appeal was dismissed", "it went ahead"
        subject_end = max(0, s - 40) + passive.start() if passive else s
        what = _words_around(text, subject_end, e, forward=False) | _ages(_clause_before(text, subject_end))
        by = re.match(r"\s+by\s+", text[e:])
        who = _words_around(text, e, e + by.end(), forward=True) if by else set()
    elif "service" in family:  # "sailings to Selbrekk resumed": what is back (or not) is the subject
        what = _words_around(text, s, e, forward=False)
        who = set()
    elif "inquiry" in family:  # the inquiry is what is decided, whatever it looks into
        what = {"inquiry"}
        who = _words_around(text, s, e, forward=False)
    elif DEFERRED in family:  # "deferred its decision on the wind farm": what follows is what was not decided
        about = re.match(r"\s+(?:on|over|about|regarding|in)\b", text[e:])
        what = _words_around(text, s, e + (about.end() if about else 0), forward=True)
        who = _words_around(text, s, e, forward=False)
        if not text[s:e].lower().startswith(("defer", "postpon", "put", "delay", "adjourn", "held")):
            what |= _words_around(text, s, e, forward=False)  # "a decision on X had been put off": X came first
            who = set()
    elif obj:  # "police released the driver without charge": what is decided sits inside the phrase
        what = {c for w in obj.split() if (c := content(w))} | _ages(obj)
        who = _words_around(text, s, e, forward=False)
    elif text[s:e].lower().startswith("decision"):  # "the decision by the board to approve the plan"
        what = _words_around(text, s, e, forward=True) | _ages(text[e : e + 40])
        by = re.match(r"decision\s+by\s+(.*?)\s+to\s+\w+$", text[s:e], re.I)
        who = {c for w in by.group(1).split() if (c := content(w))} if by else set()
    else:  # "the jury acquitted Mr Vale"
        what = _words_around(text, s, e, forward=True) | _ages(text[e : e + 40])
        who = _words_around(text, s, e, forward=False)
    return what, who


@lru_cache(maxsize=4096)
def _verdicts(text: str) -> list[tuple[int, int, int, frozenset[str], frozenset[str], frozenset[str]]]:
    """(start, end, +1 for / -1 against, what was decided, who decided, the questions it answers) of each verdict
    verb: the general one ("") and/or a narrower family's (charged or not, bailed or held, held or put off)."""
    found: list[tuple[int, int, int, frozenset[str], str]] = []
    for m in _DEFERRED.finditer(text):
        found.append((m.start(), m.end(), 0, frozenset([DEFERRED]), ""))
    for family, yes, no in _FAMILIES:
        for rx, v in ((no, -1), (yes, 1)):
            for m in rx.finditer(text):
                if all(m.end() <= s or m.start() >= e for s, e, *_ in found):
                    found.append((m.start(), m.end(), v, frozenset([family]), m.groupdict().get("obj") or ""))
    # a general verdict word that is also a family's ("called off", "went ahead") answers both questions
    for rx, v in ((_AGAINST, -1), (_FOR, 1)):
        for m in rx.finditer(text):
            same = [n for n, (s, e, w, *_) in enumerate(found) if (s, e, w) == (m.start(), m.end(), v)]
            if same:
                s, e, w, fam, obj = found[same[0]]
                found[same[0]] = (s, e, w, fam | {"", DECIDED}, obj)
            elif all(m.end() <= s or m.start() >= e for s, e, *_ in found):
                found.append((m.start(), m.end(), v, frozenset(["", DECIDED]), ""))
    out = []
    for s, e, v, family, obj in found:
        if _NOT.search(text[max(0, s - 30) : s]):
            v = -v
        what, who = _what_and_who(text, s, e, family, obj)
        out.append((s, e, v, frozenset(what), frozenset(who), family))
    return out


def verdicts(a: str, b: str, agreeing: bool = False) -> tuple[Span, Span] | None:
    """Spans of the verdicts when one question (same thing decided, same decider where both name one) is settled
    one way in a sentence and the other way in the other (or, with `agreeing`, the same way in both)."""
    va, vb = _verdicts(a), _verdicts(b)
    if len(va) != 1 or len(vb) != 1:
        return None
    fa, fb = va[0][5], vb[0][5]
    put_off = {DECIDED, DEFERRED} <= fa | fb and not {DECIDED, DEFERRED} <= fa and not {DECIDED, DEFERRED} <= fb
    asked = fa & fb - {DECIDED, DEFERRED}
    if agreeing and not (asked and va[0][2] == vb[0][2]):
        return None
    if not agreeing and not ((asked and va[0][2] != vb[0][2]) or put_off):
        return None
    (sa, ea, _, what_a, who_a, _), (sb, eb, _, what_b, who_b, _) = va[0], vb[0]
    if not what_a & what_b or (who_a and who_b and not who_a & who_b):
        return None  # another question ("upheld the conviction" / "dismissed the appeal") or another body
    return Span(sa, ea), Span(sb, eb)
