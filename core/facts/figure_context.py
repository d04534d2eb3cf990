"""What the words around a figure say about it, as opposed to its value (core.facts.numbers reads that).

The words beside "590 wounded" tell what it counts; "two of them" that it is a part; "by helicopters" who acted;
"can carry 180" a capacity, not an event; "has risen to 41" where a change took the thing. The comparison
(core.facts.compare) sets figures against each other only when these agree.
"""

from __future__ import annotations

import itertools

from core.facts.quantity import Quantity
from core.facts.text import CLASSES, CONJ_STOP, PUNCT_STOP, Token, content, head, window
from core.facts.vocab import SCALE, WORD_VALUE

# the thing itself rose or fell to a figure ("has risen to 14"); "raised to" and "increased to" often revise a count
_ROSE = {"rose", "risen", "climbed", "grown", "grew", "jumped", "soared", "swelled", "mounted"}
_FELL = {"fell", "fallen", "dropped", "dipped", "sank", "sunk", "shrank", "shrunk", "declined", "eased"}
_UMBRELLA = {"casualties", "casualty", "victims", "total", "altogether", "combined", "overall", "together"}


# what a count of people is labelled by when no more telling word follows ("22 people were lifted off")
PEOPLE = {"people", "persons", "adults", "individuals", "residents", "volunteers", "participants", "men", "women",
           "children"}


def describe(q: Quantity, toks: list[Token], h_start: int, j: int) -> None:
    """Fill in what the words around a figure (tokens h_start to j) say of it: what it is about and counts, who
    acts on it, what a span counts from, whether it is a part, a capacity, or where a change took the thing."""
    left, right = window(toks, h_start, j)
    if q.dim.startswith("duration") and len(left) < 2:  # "repaid by the club over 25 years": the act is further back
        left = window(toks, h_start, j, before=7)[0]
    q.about = left + right + _put_at(toks, h_start)
    q.head, q.label = head(toks, j)
    if q.head:  # "300 residents and businesses": people of no named kind, the businesses counted beside them
        q.about += [c for c in _coordinated(toks, j) if c not in q.about]
    q.agents = _agents(toks, j)
    if q.dim.startswith("duration"):
        q.since = _since(toks, j)
    q.umbrella = bool({t.low for t in toks[j : j + 3]} & _UMBRELLA)
    q.subset = j + 1 < len(toks) and toks[j].low == "of" and toks[j + 1].low in ("them", "whom", "those", "these")
    # "96mm of rain on Sunday and Monday alone", "in the capital alone": a part of a larger total
    q.subset |= any(t.low == "alone" for t in itertools.takewhile(lambda t: t.text not in ",;", toks[j : j + 12]))
    if j < len(toks) and toks[j].low in PEOPLE and q.label not in CLASSES:
        q.label = toks[j].low  # "22 people", "300 residents spent": the people counted, unless "700 people hurt"
    if not q.label:  # no counted noun: the nearest context word, as the sentence writes it (not its stem)
        stem = (right or left or [""])[0]
        q.label = next((t.low for t in toks if t.is_word and content(t.text) == stem), stem)
    q.moved = _moved(toks, h_start, j)
    q.lasting = _lasting(toks, h_start, j)
    q.capacity = _capacity(toks, h_start) or _threshold(toks, h_start, j)


_STILL = {"still", "remain", "remains", "remained", "remaining"}
_OWNING = {"its", "their", "his", "her", "our", "your", "my"}


def _lasting(toks: list[Token], h_start: int, j: int) -> bool:
    """ "Nineteen people remain in hospital", "twelve were still in hospital": how many are in a state now, which
    is no count of how many it befell ("22 people were taken to hospital"). A group's own size ("its 460 employees
    remain idle") is not such a count."""
    if h_start > 0 and (toks[h_start - 1].low in _OWNING or toks[h_start - 1].low.endswith(("'s", "’s"))):
        return False
    for step, edge in ((-1, max(0, h_start - 3)), (1, min(len(toks), j + 4))):
        k = h_start - 1 if step < 0 else j
        while (k >= edge if step < 0 else k < edge) and toks[k].text not in PUNCT_STOP and toks[k].low not in CONJ_STOP:
            if toks[k].low in _STILL:
                return True
            k += step
    return False


# a person's sex, told by the noun an age qualifies or a word beside it: "a 58-year-old man" and "a 61-year-old
# woman" are two people
_MALE = {"man", "boy", "husband", "father", "son", "brother", "male", "mr", "grandfather", "uncle", "nephew",
         "grandson"}  # fmt: skip
_FEMALE = {"woman", "girl", "wife", "mother", "daughter", "sister", "female", "mrs", "ms", "grandmother", "aunt",
           "niece", "granddaughter"}  # fmt: skip


def _sex(q: Quantity) -> str:
    """ "m", "f", or "" when the words around a figure do not say."""
    for w in (q.head, *q.about):
        if w in _MALE:
            return "m"
        if w in _FEMALE:
            return "f"
    return ""


def two_sexes(x: Quantity, y: Quantity) -> bool:
    """The words around two figures tell a man and a woman (or a boy and a girl): two people, or two groups."""
    return len({_sex(x), _sex(y)} - {""}) == 2


def two_people(x: Quantity, y: Quantity) -> bool:
    """Two ages told of two people: a man and a woman, or two different roles ("the 64-year-old minister", "the
    61-year-old president"); "a 71-year-old man" may be "the 68-year-old pensioner"."""
    generic = _MALE | _FEMALE | {"person"}
    return two_sexes(x, y) or bool(x.head and y.head and x.head != y.head and not {x.head, y.head} & generic)


_SINCE = {"after", "before", "into", "since", "from"}


def _since(toks: list[Token], j: int) -> frozenset[str]:
    """Content stems of the event a span is counted from ("half an hour after both engines failed": engine, fail)."""
    if j >= len(toks) or toks[j].low not in _SINCE:
        return frozenset()
    out = []
    for t in toks[j + 1 : j + 6]:
        if not t.is_word:
            break
        if c := content(t.text):
            out.append(c)
    return frozenset(out)


def _agents(toks: list[Token], j: int) -> list[str]:
    """Content stems of a passive's "by ..." phrase after a figure, within its clause: the doer, never the counted."""
    for i in range(j, min(len(toks), j + 8)):
        t = toks[i]
        if t.text in PUNCT_STOP or t.low in CONJ_STOP:
            return []
        if t.low == "by":
            out = []
            for u in toks[i + 1 : i + 4]:
                if not u.is_word or u.low in CONJ_STOP:
                    break
                if c := content(u.text):
                    out.append(c)
            return out
    return []


# "put the cost of clearing the road at 4.6 million euros": the thing measured is the object of the verb, often
# too far before the figure for its window
_PUT_AT = {"put", "puts", "putting", "estimated", "estimates", "estimate", "estimating", "valued", "values",
           "value", "valuing", "set", "sets", "setting", "priced", "prices", "assessed", "assesses", "assess", "pegged"}


def _put_at(toks: list[Token], i: int) -> list[str]:
    """The noun after "put/estimated/valued/set (the)" earlier in the clause when the figure at token i follows
    "at": "put the toll at 12" is about the toll."""
    k = i - 1
    if k < 0 or toks[k].low != "at":
        return []
    while k > 0 and i - k < 14:
        k -= 1
        t = toks[k]
        if t.text in PUNCT_STOP or t.text == ".":
            return []
        if t.low in _PUT_AT and k + 1 < i - 1:
            n = k + 1
            if toks[n].low in ("the", "its", "their", "his", "her", "our"):
                n += 1
            c = content(toks[n].text) if n < i - 1 and toks[n].is_word else None
            return [c] if c else []
    return []


_MODAL = {"can", "could", "able", "designed", "built", "capable"}
_CAPACITY_VERBS = {"carry", "hold", "seat", "accommodate", "grow", "reach", "weigh", "handle", "house", "store",
                   "produce", "generate", "take", "fly", "travel", "power", "serve", "treat", "process", "lift"}


def _capacity(toks: list[Token], h_start: int) -> bool:
    """A figure of what something can do ("the ferry can carry 180 passengers", "males can grow to more than six
    metres", "built to carry about 150 kilograms"): no count of what happened, so never a rival of one."""
    before = [t.low for t in toks[max(0, h_start - 5) : h_start]]
    for k, w in enumerate(before):
        after = set(before[k + 1 : k + 4])
        if w in _MODAL and after & _CAPACITY_VERBS and not after & {"not", "n't", "never"}:
            return True  # ... but "could not reach 40 homes" tells what did not happen
    return False


_THRESHOLD_BEFORE = {"limit", "target", "threshold", "quota"}
_THRESHOLD_AFTER = {"needed", "required", "necessary"}


def _threshold(toks: list[Token], h_start: int, j: int) -> bool:
    """A figure of what must or may be ("the 151 votes needed", "the licence limit of 45,000", "a target of 95%"):
    a bar set, no count of what happened."""
    before = [t.low for t in toks[max(0, h_start - 2) : h_start]]
    if len(before) == 2 and before[1] == "of" and before[0] in _THRESHOLD_BEFORE:
        return True
    return any(t.low in _THRESHOLD_AFTER for t in toks[j : j + 2])  # "the 151 votes needed", "95% required"


def _moved(toks: list[Token], h_start: int, j: int) -> int:
    """+1 when a figure is told as where the thing itself rose to ("the reward has risen to €15,000", "41 cases,
    up from 27"), -1 for a fall. The thing changed, so another source's figure on the earlier side of the change
    may be a true count told earlier. A revised count ("raised the toll to 12", "revised to 12") is no such change."""
    if h_start > 1 and toks[h_start - 1].low == "to":
        verbs = {t.low for t in toks[max(0, h_start - 4) : h_start - 1]}
        if verbs & _ROSE:
            return 1
        if verbs & _FELL:
            return -1
    after = [t.low for t in itertools.takewhile(lambda t: t.text not in ".;", toks[j : j + 6])]
    for k in range(len(after) - 1):
        if after[k + 1] == "from" and after[k] in ("up", "down"):
            return 1 if after[k] == "up" else -1
    return 0


def _coordinated(toks: list[Token], j: int) -> list[str]:
    """The nouns a count shares with its own ("400 gendarmes and police officers" counts officers too), so it
    meets "About 300 officers". Bare plural nouns right after the counted one only: "12 firefighters and their
    dogs", "40 soldiers and two helicopters" count something else beside them."""
    k = next((n for n in (j + 1, j + 2) if n < len(toks) and toks[n].low in ("and", "or")), None)
    if k is None or not all(t.is_word and t.low not in _NOT_NOUN for t in toks[j:k]):
        return []
    words = list(
        itertools.takewhile(
            lambda t: t.is_word and t.low not in CONJ_STOP and t.low not in _NOT_NOUN and not t.text[:1].isdigit(),
            toks[k + 1 : k + 3],
        )
    )
    if not words or not _plural(words[-1].low):
        return []
    return [c for w in words if (c := content(w.text))]


def _plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


_NOT_NOUN = {"the", "a", "an", "his", "her", "its", "their", "our", "some", "many", "other", "several", "all", "of",
             "were", "was", "are", "is", "had", "have", "has", "been", "be", "who", "which", "that", "more",
             *WORD_VALUE, *SCALE}  # fmt: skip


