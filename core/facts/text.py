"""Tokens with offsets and the 'what is it about' words around a detail.

Facts are compared only when they are about the same thing; the cheapest good
signal is the few content words next to a figure ("590 wounded", "400 homes"),
stemmed and folded into a handful of general synonym classes (hurt = wounded).
"""

from __future__ import annotations

import re
from functools import lru_cache

_TOKEN = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?|[^\W\d_]+(?:['’][^\W\d_]+)?|[$€£¥%]|\S", re.UNICODE)
PUNCT_STOP = set(",;:()[]\"“”'‘’—–?!")
CONJ_STOP = {"and", "or", "but", "while", "whereas", "against", "compared", "than", "as", "versus", "vs", "plus"}

STOP = set(
    """
    a an the of in on at to for from by with into onto over under about around some this that these
    those it its it's he she they them their his her our we you your i me my is are was were be been
    being has have had do does did will would could should may might must can shall not no nor so then
    there here which who whom whose what when where why how all any each every both either neither more
    most less least many much few only also just still even very up down out off per said says say told
    according after before during since until while among between across through who's other same such
    than too one's s new now
    """.split()  # noqa: SIM905
)
# Words that name people in general: "people", "adults" say nothing about what was counted.
GENERIC = set(
    """
    people person persons adults adult individuals individual residents resident volunteers volunteer
    participants participant men women children total number numbers figure figures some others least
    roughly nearly almost around approximately estimated further another including
    """.split()  # noqa: SIM905
)
# General synonym classes (casualties, dwellings, staff, money moves); the key is what a table shows.
_SYNONYMS = {
    "injured": "hurt wounded injured injuring injure injuries injury casualties",
    "dead": "dead killed died deaths death fatalities dying lives perished toll",
    "homes": "homes home households household houses house properties property dwellings dwelling flats apartments "
    "apartment",
    "staff": "workers worker employees employee staff members member personnel crew crews",
    "hospital": "hospital hospitals hospitalisation hospitalization hospitalised hospitalized",
    "rise": "rose rise risen rising higher up climbed climb gained gain increase increased jumped jump",
    "fall": "fell fall fallen falling lower down dropped drop lost loss declined decline",
    "evacuated": "evacuated evacuation evacuate evacuees moved leave cleared",
    "firefighters": "firefighters firefighter firemen",
    "items": "items item objects artefacts artefact artifacts artifact",
    "shops": "shops shop stores outlets supermarkets",
    "start": "start started starting starts began begin begun beginning originated broke",
}
SYNONYM = {w: key for key, words in _SYNONYMS.items() for w in words.split()}
CLASSES = set(_SYNONYMS)  # the class names a table shows ("injured", "dead", "homes" ...)


class Token:
    """One token with its offsets; the lower-cased form is computed once."""

    __slots__ = ("end", "is_word", "low", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.low = text.lower()
        self.is_word = text[:1].isalpha()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude, language-neutral stem: enough to fold plurals and -ed/-ing forms together."""
    w = word.lower().replace("’", "'")
    if w in SYNONYM:
        return SYNONYM[w]
    if w.endswith("'s"):
        w = w[:-2]
    if w in ("paid", "laid") or (len(w) >= 6 and w.endswith(("paid", "laid"))):
        w = w[:-3] + "ay"  # "repaid", "paid", "mislaid": the past of -ay verbs ("raid" and "maid" are no verbs)
    for suffix in ("isation", "ization", "ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "s"):
        if len(w) - len(suffix) >= 4 and w.endswith(suffix):
            w = w[: -len(suffix)]
            break
    return SYNONYM.get(w, w)


@lru_cache(maxsize=65536)
def content(word: str) -> str | None:
    """The stem of a word that says what a figure is about, or None for function and generic words."""
    w = word.lower()
    if w in SYNONYM:
        return SYNONYM[w]
    if not word[:1].isalpha() or w in STOP or w in GENERIC or (len(w) < 3 and w not in SYNONYM):
        return None
    return stem(w)


def window(tokens: list[Token], lo: int, hi: int, *, before: int = 4, after: int = 6) -> tuple[list[str], list[str]]:
    """Content stems just before token lo and just after token hi (exclusive), stopping at clause edges."""
    left: list[str] = []
    i = lo - 1
    taken = 0
    if i >= 0 and tokens[i].text == "(" and hi < len(tokens) and tokens[hi].text == ")":
        i -= 1  # "(about $1.2bn)": an aside about the words before the bracket
    while i >= 0 and taken < before:
        t = tokens[i]
        if t.text in PUNCT_STOP or t.low in CONJ_STOP or t.text[:1].isdigit():
            break
        taken += t.text not in "-‑"
        c = content(t.text) if t.is_word else None
        if c:
            left.append(c)
        i -= 1
    right: list[str] = []
    i = hi
    taken = 0
    while i < len(tokens) and taken < after + 2 and len(right) < 4:
        t = tokens[i]
        if t.text in PUNCT_STOP or t.text == "." or t.low in CONJ_STOP or t.text[:1].isdigit():
            break
        taken += t.text not in "-‑"
        c = content(t.text) if t.is_word else None
        if c:
            right.append(c)
        i += 1
    return left, right


_RELATIVE = {"who", "which", "that", "whose", "whom", "where", "when"}


def head(tokens: list[Token], hi: int) -> tuple[str, str]:
    """(stem, surface word) of what a figure counts: the content word right after it.

    "of its" and general words ("people") are skipped; a relative pronoun, a
    preposition or punctuation ends the search, so "two people who had ..." has no head.
    """
    i = hi
    while i < len(tokens) and i < hi + 4:
        t = tokens[i]
        w = t.low
        if t.text in "-‑" or w in ("of", "its", "their", "the", "a", "an", "his", "her") or w in GENERIC:
            i += 1
            continue
        if not t.is_word or w in _RELATIVE or w in CONJ_STOP or _adverb(w):
            return "", ""
        c = content(t.text)
        if c is None:
            return "", ""
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and nxt.is_word and _plural(nxt.low) and not _plural(w) and content(nxt.text) is not None:
            # a noun compound ("two coastguard helicopters"): the last noun is what is counted
            return content(nxt.text) or c, SYNONYM.get(nxt.low, nxt.low)
        return c, SYNONYM.get(w, w)
    return "", ""


def _adverb(word: str) -> bool:
    """ "shortly", "nearly", "largely": an -ly word that is no noun ("family", "assembly", "supply", "rally")."""
    return len(word) >= 6 and word.endswith("ly") and not word.endswith(("ily", "ply", "bly", "lly"))


def _plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


_ENGLISH = {
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "is",
    "was",
    "were",
    "that",
    "for",
    "on",
    "with",
    "by",
    "at",
    "as",
    "from",
    "had",
    "has",
    "have",
    "said",
    "it",
    "its",
    "be",
    "been",
    "are",
    "an",
    "which",
    "who",
    "after",
    "but",
    "or",
    "not",
    "they",
    "them",
    "their",
    "he",
    "his",
    "him",
    "she",
    "her",
    "we",
    "our",
    "this",
    "these",
    "those",
    "into",
    "out",
    "up",
    "than",
    "among",
    "would",
    "could",
    "there",
    "when",
    "while",
    "where",
    "before",
    "during",
    "about",
}


# the commonest function words of the other languages the sources come in (never English words)
_FOREIGN = set(
    """
    der die das als am im zu von bei nach aus wurde wurden und ist nicht mit den dem des ein eine sich auf
    für le les et est une du des dans pour qui que el los las y es por una del se il di che della sono een
    het zijn niet op voor och att det som på är för og er ikke af og os da não uma com al en su sus sur aux ont
    """.split()  # noqa: SIM905
)


def is_english(text: str) -> bool:
    """Cheap test: English prose is full of these function words; other languages hardly use them.

    Figures in other languages use other separators ("3.200", "2,5") and words, so
    their conflicts are not judged at all rather than risk a false alarm.
    """
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", text)]
    if len(words) < 6:
        return True
    english = sum(w in _ENGLISH for w in words)
    if english / len(words) >= 0.12:
        return True
    # a short headline-like English sentence ("Police arrested 14 protesters outside parliament yesterday")
    # may hold no function word at all, and a quote with its speaker few ("'Our crews worked all night,' deputy
    # chief fire officer Ilse Marrick told reporters"): call it foreign only when another language's show
    foreign = sum(w in _FOREIGN for w in words)
    return (len(words) < 12 and english >= foreign) or (english > 0 and foreign == 0)
