"""Who did it: two linked sentences that tell one act (same verb, same thing acted on) done by two different actors.

"Mayor Ines Roth opened the bridge" / "Governor Karl Baum opened the bridge"; "The goal was scored by Alvarez" /
"Mendes scored the goal"; "an army helicopter lifted the last passengers" / "a police helicopter lifted ...".
The act is a plain past tense (or its passive with "by"), acted on a definite thing ("the bridge", "the goal");
each side names its actor (a name, or the same actor noun told apart by an institution word: army / police
helicopter) and neither names the other's. Acts that several actors can each do (saying, praising, welcoming,
visiting, backing ...) are never compared, nor a subject of two actors ("the council and the police").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.facts.names import ORG_WORDS, Name
from core.facts.text import Token, content, tokenize
from core.facts.vocab import WORD_VALUE

# general-language verbs of saying, reacting, judging and taking part: several actors can each do them
_MANY_WORDS = """
    say said tell told state announce report add claim confirm deny insist argue explain describe note suggest
    promise vow pledge agree dispute praise criticise criticize welcome condemn warn urge thank call applaud
    hail blame accuse question defend back support oppose reject approve endorse attend visit join meet saw
    watch hear heard witness mourn pay paid congratulate mock demand ask request seek sought expect hope fear
    believe appeal appealed consider review discuss debate investigate examine study assess mark marked
    celebrate commemorate honour honor salute remember recall recalled follow help assist lead led comment
    respond reply replied answer voice voiced express raise raised acknowledge admit admitted regret regretted
    apologise apologize deplore lament dismiss dismissed welcomed queried query challenge challenged see seen
    be been have had make made get got give given take taken do did done go went leave left put keep kept need
    continue remain decide decided plan want try tried use used receive received quote quoted own owned lack
    lacked like liked love loved hate hated prefer preferred know knew feared seem seemed deserve deserved
    contain contained include included face faced share shared represent represented happen happened occur
    occurred wish wished doubt doubted
"""
_MANY = set(_MANY_WORDS.split())
_IRREGULAR = {
    "took": "take", "taken": "take", "won": "win", "shot": "shoot", "built": "build", "caught": "catch",
    "brought": "bring", "found": "find", "held": "hold", "sent": "send", "struck": "strike", "wrote": "write",
    "written": "write", "began": "begin", "begun": "begin", "stole": "steal", "stolen": "steal", "drove": "drive",
    "driven": "drive", "threw": "throw", "thrown": "throw", "sold": "sell", "bought": "buy", "beaten": "beat",
    "lit": "light", "got": "get", "gave": "give", "given": "give", "made": "make", "led": "lead", "broke": "break",
    "broken": "break", "chose": "choose", "chosen": "choose", "drew": "draw", "drawn": "draw", "flew": "fly",
    "flown": "fly", "freed": "free", "rode": "ride", "ran": "run", "swam": "swim", "sank": "sink", "sunk": "sink",
    "hit": "hit", "shut": "shut", "set": "set", "cut": "cut", "kept": "keep", "left": "leave", "said": "say",
    "told": "tell",
}
_BE = {"was", "were", "is", "are", "been", "be", "being"}
_REL = {"who", "that", "which"}
_ADVERB = {"then", "also", "later", "first", "finally", "eventually", "already", "formally", "personally",
           "officially", "once", "again", "subsequently", "reportedly", "allegedly"}
_PARTICLE = {"out", "off", "up", "down", "away", "aboard", "back", "over"}
_PERFECT = {"has", "have", "had"}
_DEFINITE = {"the", "its", "their", "his", "her", "our", "this", "these", "those"}
# words that end a noun phrase: prepositions, conjunctions, clause words, auxiliaries
_NP_STOP = {
    "in", "on", "at", "by", "from", "to", "for", "of", "with", "after", "before", "during", "into", "onto", "over",
    "under", "near", "across", "towards", "toward", "around", "since", "until", "as", "than", "while", "when",
    "where", "because", "despite", "amid", "and", "or", "but", "nor", "who", "that", "which", "whose", "whom",
    "how", "why", "what", "whether", "if",
    "it", "he", "she", "they", "we", "i", "you", "this", "there", "then", "once", "also", "not", "never",
    *_BE, "has", "have", "had", "will", "would", "could", "should", "may", "might", "can", "did", "does", "do",
}
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "what", "which", "someone", "somebody", "one"}
_JOINED = {"and", "with", "&", "plus", "alongside", "together", "jointly", "both"}
_NEG = re.compile(r"\b(?:not|never|n't|nor)\s+(?:\w+\s+)?$", re.I)


@dataclass(frozen=True)
class Act:
    verb: str
    thing: frozenset[str]  # content stems of the definite thing acted on
    start: int  # the actor's span
    end: int
    names: frozenset[str]  # keys of the names in the actor phrase ("" when it names none)
    marks: frozenset[str]  # institution words before an unnamed actor noun ("army" helicopter)
    head: str  # the actor noun's stem ("helicopter"), for unnamed actors


def _lemma(word: str) -> str | None:
    """The verb key of a past form ("opened" -> "open", "scored" -> "scor", "took" -> "take"), else None."""
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w].rstrip("e")
    if len(w) < 5 or not w.endswith("ed") or w.endswith("eed"):
        return None
    if w.endswith("ied"):
        return w[:-3] + "y"
    base = w[:-2]
    if len(base) > 3 and base[-1] == base[-2] and base[-1] not in "aeiouls":
        base = base[:-1]  # "stopped" -> "stop"
    return base.rstrip("e")


def _firm_ampersand(toks: list[Token], k: int) -> bool:
    """ "Quill & Sons": an ampersand between two capitalised words is inside one name."""
    return (
        toks[k].text == "&"
        and 0 < k < len(toks) - 1
        and toks[k - 1].text[:1].isupper()
        and toks[k + 1].text[:1].isupper()
    )


def _noun_phrase_back(toks: list[Token], end: int) -> int:
    """Index of the first token of the noun phrase ending at token end (inclusive), or end + 1 for none."""
    k = end
    while k >= 0 and ((toks[k].is_word and toks[k].low not in _NP_STOP) or _firm_ampersand(toks, k)):
        k -= 1
    if k >= 0 and toks[k].low in _DEFINITE | {"a", "an"} and toks[k].low not in ("that", "this"):
        return k
    return k + 1


def _noun_phrase_forward(toks: list[Token], start: int) -> int:
    """Index after the noun phrase starting at token start (a determiner and up to five words)."""
    det = start < len(toks) and (toks[start].low in _DEFINITE | {"a", "an", "that"} or _count(toks[start]) is not None)
    k = start + 1 if det else start
    n = 0
    while k < len(toks) and toks[k].is_word and toks[k].low not in _NP_STOP and n < 5:
        if _lemma(toks[k].text) and n and toks[k].low not in _PARTICLE:
            break  # "the ferry towed ...": a verb ends the phrase
        k, n = k + 1, n + 1
    return k


def _count(t: Token) -> str | None:
    """ "#18" for "18" or "eighteen": a counted group named by its size is one group in both sources."""
    if t.text.replace(",", "").isdigit():
        return f"#{int(t.text.replace(',', ''))}"
    value = WORD_VALUE.get(t.low)
    return f"#{int(value)}" if value is not None and value >= 2 and value == int(value) else None


_TIME_PREP = {"over", "on", "during", "last", "earlier", "late", "early", "in", "at"}


def _thing(toks: list[Token], lo: int, hi: int) -> frozenset[str] | None:
    """Content stems of a definite noun phrase toks[lo:hi], or of one told by its count ("18 people", kept with
    the count "#18"); None otherwise."""
    if lo >= hi:
        return None
    counted = _count(toks[lo])
    if counted:
        return frozenset([counted, *(c for t in toks[lo + 1 : hi] if t.is_word and (c := content(t.text)))])
    definite = toks[lo].low in _DEFINITE or toks[lo].low == "that"
    indefinite = toks[lo].low in ("a", "an")
    if not definite and not indefinite and not (toks[lo].is_word and toks[lo].low.endswith("s")):
        return None  # "12 people": not one thing both can mean; a bare plural ("passengers") is kept
    stems = frozenset(c for t in toks[lo + int(definite or indefinite) : hi] if t.is_word and t.low not in _PARTICLE
                      and (c := content(t.text)))
    if stems and (definite or indefinite):
        return frozenset([*stems, "the" if definite else "a"])  # "a dog" is one thing only between two named doers
    return stems or None


def _actor(toks: list[Token], lo: int, hi: int, names: list[Name]) -> Act | None:
    """The actor told by toks[lo:hi] (one phrase, or a phrase and its apposition), as an Act without verb."""
    if lo >= hi:
        return None
    s, e = toks[lo].start, toks[hi - 1].end
    in_name = [n for n in names if n.start >= s and n.end <= e]
    # an ampersand inside a firm's name ("Quill & Sons") joins no two actors
    words = [
        t.low for t in toks[lo:hi]
        if t.is_word or (t.text == "&" and not any(n.start < t.start < n.end for n in in_name))
    ]
    if not words or set(words) & (_JOINED | _PRONOUNS):
        return None
    # a place name counts only as a modifier inside the phrase ("the Carrick Haven lifeboat")
    inside = [n for n in names if n.start >= s and n.end <= e and (n.kind != "place" or n.end < e)]
    while lo < hi and toks[lo].low in _DEFINITE | {"a", "an"}:
        lo += 1
    if lo >= hi:
        return None
    start, end = toks[lo].start, toks[hi - 1].end
    if inside:
        return Act("", frozenset(), start, end, frozenset(n.key for n in inside), frozenset(), "")
    plain = [t for t in toks[lo:hi] if t.is_word]
    if any(t.text[:1].isupper() for t in plain[1:]) or not plain:
        return None  # capitalised words find_names did not take: not sure who it is
    head = content(plain[-1].text)
    marks = frozenset(t.low for t in plain[:-1] if t.low in ORG_WORDS)
    if not head or not marks:
        return None
    return Act("", frozenset(), start, end, frozenset(), marks, head)


def _subject(toks: list[Token], i: int, names: list[Name], actors: dict[int, Act | None]) -> Act | None:
    """The actor of the active verb at token i: the phrase just before it, through a relative word
    ("the officer, Harjit Bansal, who ordered") or an apposition ("Lena Hart, the club captain, scored"); after
    "and" the actor of the verb before ("got a line aboard and towed the ferry")."""
    j = i - 1
    while j >= 0 and (
        toks[j].low in _ADVERB | _PERFECT or (toks[j].low.endswith("ly") and len(toks[j].low) > 4)
    ):  # "The office has also ordered": a perfect tells a done act as well
        j -= 1
    if j < 0:
        return None
    if toks[j].low == "and":  # "got a line aboard and towed the ferry": the actor of the verb before
        before = [k for k in actors if k < j]
        if not before or any(x.text in ";:" or x.low in _REL for x in toks[before[-1] : j]):
            return None
        return actors[before[-1]]
    relative = toks[j].low in _REL
    if relative:
        j -= 1
        if j >= 0 and toks[j].text == ",":
            j -= 1
    if j < 0 or not toks[j].is_word:
        if j >= 0 and toks[j].text == ",":  # "Lena Hart, the club captain, scored"
            k = j - 1
            while k >= 0 and toks[k].text != ",":
                if not toks[k].is_word:
                    return None
                k -= 1
            if k < 0:
                return None
            first = _noun_phrase_back(toks, k - 1)
            if first > k - 1 or (first > 0 and ((toks[first - 1].text not in ",;:" and toks[first - 1].low not in
                                 _NP_STOP) or toks[first - 1].low in _JOINED | {"or", "nor"})):
                return None
            named = any(n.start >= toks[k].end and n.end <= toks[j].start and n.kind != "place" for n in names)
            return _actor(toks, first, j if named else k, names)  # the apposition only when it names
        return None
    first = _noun_phrase_back(toks, j)
    if first > j or (first > 0 and toks[first - 1].low in _JOINED | {"or", "nor"}):
        return None  # no phrase, or the last of several actors ("Norland University and the Velmar Institute")
    if not relative and j + 1 < len(toks) and toks[j + 1].text == ",":
        return None
    # a name between commas before a relative word: "It was the returning officer, Harjit Bansal, who ordered"
    if relative and first > 0 and toks[first - 1].text == "," and toks[j + 1].text == ",":
        k = first - 2
        head_first = _noun_phrase_back(toks, k) if k >= 0 else first
        if head_first <= k and not (head_first > 0 and toks[head_first - 1].low in _JOINED | {"or", "nor"}):
            return _actor(toks, head_first, j + 1, names)
    return _actor(toks, first, j + 1, names)


def find_acts(text: str, names: list[Name]) -> list[Act]:
    """Each single act in the sentence: a past-tense verb and a named actor, with the definite thing acted on
    (an empty set when none is told: such an act can still tell who did something, not what)."""
    toks = tokenize(text)
    out: list[Act] = []
    actors: dict[int, Act | None] = {}
    for i, t in enumerate(toks):
        verb = _lemma(t.text) if t.is_word and t.text[:1].islower() else None
        if verb is None:
            continue
        prev = toks[i - 1].low if i else ""
        passive = prev in _BE or (i > 1 and toks[i - 2].low in _BE and toks[i - 1].low.endswith("ly"))
        if prev == "," and i + 1 < len(toks) and toks[i + 1].low == "by" and i > 1:
            # "The independent inquiry, ordered by Energy Minister Marika Dalstrom, has ...": a passive in an aside
            hi = _noun_phrase_forward(toks, i + 2)
            actor = _actor(toks, i + 2, hi, names)
            if actor and hi < len(toks) and toks[hi].low == "and":
                continue
            lo = _noun_phrase_back(toks, i - 2)
            thing = _thing(toks, lo, i - 1) if lo <= i - 2 else None
        elif passive:
            actor, thing = _passive(toks, i, names)
        else:
            actor = _subject(toks, i, names, actors)
            actors[i] = actor
            k = i + 1
            while k < len(toks) and toks[k].low in _PARTICLE:
                k += 1
            if verb == "tak" and k < len(toks):  # "took the ferry in tow": the act is the noun's
                hi = _noun_phrase_forward(toks, k)
                if hi + 1 < len(toks) and toks[hi].low == "in" and toks[hi + 1].is_word:
                    nxt = toks[hi + 2].text if hi + 2 < len(toks) else "."
                    if not nxt[:1].isalpha() or nxt.lower() in _NP_STOP:
                        verb = toks[hi + 1].low.rstrip("e")
                        thing = _thing(toks, k, hi)
                        if actor and thing and not _NEG.search(text[: t.start]):
                            out.append(Act(verb, thing, actor.start, actor.end, actor.names, actor.marks, actor.head))
                continue
            thing = _thing(toks, k, _noun_phrase_forward(toks, k)) if k < len(toks) else None
        if (
            actor is None
            or verb in _MANY
            or t.low in _MANY
            or verb + "e" in _MANY
            or _NEG.search(text[: t.start])
        ):
            continue
        out.append(Act(verb, thing or frozenset(), actor.start, actor.end, actor.names, actor.marks, actor.head))
    return out


def _passive(toks: list[Token], i: int, names: list[Name]) -> tuple[Act | None, frozenset[str] | None]:
    """Actor and thing of "the goal was scored by Alvarez" (the verb at token i)."""
    k = i + 1
    while k < len(toks) and toks[k].low in _PARTICLE:
        k += 1
    if k < len(toks) and toks[k].low != "by" and i + 1 < len(toks) and toks[i + 1].low in _TIME_PREP:
        # "negotiated over the weekend by ...": a short aside of time before the doer
        k = next((x for x in range(i + 2, min(i + 6, len(toks))) if toks[x].low == "by"), k)
    if k >= len(toks) or toks[k].low != "by":
        return None, None
    hi = _noun_phrase_forward(toks, k + 1)
    actor = _actor(toks, k + 1, hi, names)
    if actor and hi < len(toks) and toks[hi].low == "and":
        return None, None  # "by the council and the police"
    # the thing: the phrase that opens the clause before the auxiliary, skipping a parenthesis in commas
    j = i - 1
    while (j >= 0 and toks[j].low in _BE | {"has", "have", "had"}) or (j >= 0 and toks[j].low.endswith("ly")):
        j -= 1
    counts: set[str] = set()
    if j >= 0 and toks[j].text == ",":
        j -= 1
        while j >= 0 and toks[j].text != ",":
            counts |= {c for c in [_count(toks[j])] if c}  # "Those unable to walk, 18 in all, were flown out"
            j -= 1
        j -= 1
    if j < 0:
        return actor, None
    lo = j
    while lo > 0 and toks[lo - 1].text not in ",;:" and toks[lo - 1].low not in _REL and toks[lo - 1].low not in (
            "and", "but", "after", "before", "when", "while", "as", "because"):
        lo -= 1
    if lo > 0 and toks[lo - 1].low in ("that", "this") and (lo == 1 or toks[lo - 2].text in ",;:"):
        lo -= 1  # "That offer was negotiated by ...": a demonstrative, not a relative word
    thing = _thing(toks, lo, _noun_phrase_forward(toks, lo))
    return actor, thing | counts if thing is not None else frozenset(counts) or None


def rival_actors(
    text_a: str, names_a: list[Name], acts_a: list[Act], text_b: str, names_b: list[Name], acts_b: list[Act]
) -> tuple[Act, Act] | None:
    """The two actors when both sentences tell one act (same verb, same definite thing) by different actors,
    and neither sentence names the other's actor (acts as find_acts gives them)."""
    acts_a, acts_b = [x for x in acts_a if x.thing], [y for y in acts_b if y.thing]
    keys_a = {n.key for n in names_a}
    keys_b = {n.key for n in names_b}
    found = []
    for x in acts_a:
        for y in acts_b:
            shared = x.thing & y.thing
            # "declared a state of emergency": one act told with "a" only when both doers are named ("police
            # arrested a man" / "officers arrested a man" may be two arrests)
            named = bool(x.names and y.names) and "a" in x.thing and "a" in y.thing and shared - {"a"}
            if x.verb != y.verb or not (
                (shared - {"the", "a"} and "the" in x.thing | y.thing)
                or any(w.startswith("#") for w in shared)
                or named
            ):
                continue  # another act, or two bare plurals ("lifted passengers"): maybe two parts of a whole
            if x.names and y.names:
                if x.names & keys_b or y.names & keys_a:
                    continue  # the same actor, or one the other sentence also names
            elif not x.names and not y.names:
                if x.head != y.head or x.marks & y.marks:
                    continue
                low_a, low_b = text_a.lower(), text_b.lower()
                if any(re.search(rf"\b{m}\b", low_b) for m in x.marks) or any(
                    re.search(rf"\b{m}\b", low_a) for m in y.marks
                ):
                    continue
            else:
                continue
            found.append((x, y))
    return found[0] if len(found) == 1 else None


def same_actors(acts_a: list[Act], acts_b: list[Act]) -> list[tuple[Act, Act]]:
    """Pairs of acts, whatever their verbs, done by one actor told in both sentences ("an army helicopter lifted out
    the people" / "were cleared by an army helicopter"): the two tell the same doer, so where a third source names
    another, all three belong to one "who" conflict."""
    found = []
    for x in acts_a:
        for y in acts_b:
            if x.names and y.names:
                if x.names & y.names:
                    found.append((x, y))
            elif not x.names and not y.names and x.head == y.head and x.marks & y.marks:
                found.append((x, y))
    return found
