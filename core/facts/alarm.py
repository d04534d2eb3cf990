"""Who raised the alarm: the one act of a news event that a single person does, told of two different people.

The general rule for who did it (core.facts.actors) compares unnamed doers only when they share a noun and an
institution word tells them apart ("army helicopter" / "police helicopter"), since "the driver" and "a 52-year-old
man" may be one person. Raising the alarm is narrower: it is done once, by whoever noticed first, so "a security
guard raised the alarm" and "the alarm was raised by a passing taxi driver" tell two different people, when
neither sentence names the other's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from core.facts.text import content

_WHOM = r"(?:the\s+)?(?:police|fire\s+(?:brigade|service)|firefighters|emergency\s+services|authorities|coastguard)"
_ACTIVE = re.compile(
    r"\b(?:raised|sounded)\s+the\s+alarm\b|\balerted\s+" + _WHOM + r"|\b(?:called|phoned|rang)\s+(?:" + _WHOM
    + r"|999|112|911)\b|\bmade\s+the\s+first\s+(?:emergency\s+)?call\b"
    r"|\bsent\s+(?:an?\s+)?(?:emergency\s+)?(?:radio\s+)?(?:alert|distress\s+call|mayday)\b",
    re.I,
)
_PASSIVE = re.compile(
    r"\b(?:the\s+)?alarm\s+(?:was|had\s+been)\s+(?:first\s+)?(?:raised|sounded)\b"
    r"|\b(?:police|firefighters|the\s+fire\s+brigade|the\s+coastguard)\s+(?:were|was|had\s+been)\s+(?:first\s+)?"
    r"(?:alerted|called)\b",
    re.I,
)
_BY = re.compile(r"\bby\s+", re.I)
_STOP = {"who", "which", "that", "after", "when", "as", "and", "but", "at", "in", "on", "from", "with", "while",
         "of", "near", "outside", "inside", "to", "for", "around", "about", "shortly", "just", "minutes",
         "seconds"}  # fmt: skip
_TITLES = {"mr", "ms", "mrs", "miss", "dr", "sir", "dame", "prof", "professor", "lord", "lady"}
_LEAD = {"first", "then", "had", "has", "have", "immediately", "quickly", "finally", "eventually"}
_VAGUE = {"someone", "somebody", "he", "she", "they", "it", "we", "i", "you", "one", "member", "person", "people",
          "man", "woman"}  # fmt: skip


@dataclass(frozen=True)
class Raiser:
    start: int  # the doer's words in the sentence
    end: int
    head: str  # the doer's noun stem ("guard", "driver")
    words: frozenset[str]  # every content stem of the doer's phrase


def alarm_raisers(text: str) -> list[Raiser]:
    """Each doer the sentence says raised the alarm (alerted the police, made the first emergency call)."""
    out = []
    for m in _ACTIVE.finditer(text):
        before = re.split(r"[,;:(\"“]|\b(?:and|but|after|when|while|as|that)\b", text[: m.start()])[-1]
        words = re.findall(r"\S+", before)
        while words and words[-1].lower() in _LEAD:
            words.pop()
        cut = next((k for k, w in enumerate(words) if w.lower() in _STOP), len(words))  # "A guest on the 2nd floor"
        if cut:
            at = m.start() - len(before) + before.find(words[0])
            out += _raiser(text, at, at + len(" ".join(words[:cut])))
    for m in _PASSIVE.finditer(text):
        clause = re.split(r"[;.]", text[m.end() : m.end() + 120])[0]
        for by in _BY.finditer(clause):
            if clause[: by.start()].rstrip().lower().endswith("not"):
                continue  # "raised not by the freight crew, ... but by a signaller"
            at = m.end() + by.end()
            words = re.findall(r"[^\s,;:.()]+", text[at : at + 80])
            cut = next((k for k, w in enumerate(words) if w.lower() in _STOP), len(words))
            if cut:
                out += _raiser(text, at, at + text[at:].find(words[cut - 1]) + len(words[cut - 1]))
            break
    return out


def _raiser(text: str, start: int, end: int) -> list[Raiser]:
    """The doer told by text[start:end]: its role noun ("a passing taxi driver", "farmer Aksel Brandvold")."""
    words = re.findall(r"[A-Za-z][\w’'-]*", text[start:end])
    # "a 72-year-old woman living next door": a participle after the noun starts what is said of the doer
    words = words[: next((k for k, w in enumerate(words) if k >= 2 and w.lower().endswith("ing")), len(words))]
    named = next((k for k, w in enumerate(words) if k and w[:1].isupper()), len(words))
    role = words[:named]  # the words before a name: "farmer" of "farmer Aksel Brandvold"
    if role and role[0].lower() in ("a", "an", "the", "one", "its", "their", "his", "her"):
        role = role[1:]
    if not role or len(words) > 6 or role[-1].lower() in _VAGUE | _TITLES:
        return []  # a pronoun, a vague "someone", a bare name (Ms Holt may be the neighbour), or no noun
    stems = frozenset(c for w in words if (c := content(w)))
    head = content(role[-1])
    return [Raiser(start, end, head, stems)] if head else []


def rival_raisers(a: str, ra: list[Raiser], b: str, rb: list[Raiser]) -> tuple[Raiser, Raiser] | None:
    """The two doers when each sentence (a with its raisers ra, b with rb, as alarm_raisers finds them) tells one
    person raising the alarm and they are told as different people (other nouns, and neither sentence mentions
    the other's)."""
    if len(ra) != 1 or len(rb) != 1:
        return None
    x, y = ra[0], rb[0]
    if x.head == y.head or x.head in _words(b) or y.head in _words(a):
        return None
    return x, y


@lru_cache(maxsize=4096)
def _words(text: str) -> frozenset[str]:
    return frozenset(c for w in re.findall(r"[A-Za-z][\w’'-]*", text) if (c := content(w)))
