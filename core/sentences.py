"""Sentence spans inside a Document's parts, with exact offsets into `Document.text`.

syntok does the segmentation (measured on seed 000 it split all 32 sentences
right and copes with hard-wrapped lines; pysbd broke at every wrap and was about
7x slower). A few small, general post-passes fix what syntok gets wrong for news
text; each is described where it is defined.

Conventions (what a caller can rely on):
- Parts of ignored kinds (title, heading, byline, ...) become one ignored span each.
- Every span is stripped: `doc.text[start:end]` has no leading/trailing whitespace.
- Spans are ordered, never overlap, stay inside their part, and together cover
  every non-space character of every compared part (boundaries are cut points,
  so nothing between two sentences can fall through).
- A closing quote mark belongs to the sentence it closes (`"We are done."`).
- A quoted passage of several sentences is split like any other text: each
  sentence is its own span, the opening mark goes with the first and the
  closing mark (and any attribution, `," she said.`) with the last. Gold
  annotations name sentences the same way, and one long span per quotation
  would hide which of its sentences another source repeats.
- Each list_item part is its own sentence (or sentences); inside a paragraph
  part, a new line starting with a bullet marker also starts a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from syntok import segmenter

from core.document import Document


@dataclass(frozen=True)
class SentenceSpan:
    start: int
    end: int
    ignored: bool = False


# Titles that stand before a name and (almost) never end a sentence. syntok knows
# Mr, Dr, Prof, Capt, Gen, Sen, St... but splits after Gov., Lt., Rev., Sgt., Insp.,
# Supt., Det., Cllr. and Rep. ("Gov." | "Bell spoke"), and after "e.g." before "The",
# so a split right after one of these (or e.g., i.e., vs., cf.), before a capital, is undone.
_TITLES = [
    "Adm", "Atty", "Brig", "Capt", "Cdr", "Cllr", "Cmdr", "Col", "Comdr", "Cpl", "Det", "Dr", "Fr", "Gen", "Gov",
    "Hon", "Insp", "Lt", "Maj", "Messrs", "Mme", "Mr", "Mrs", "Ms", "Mx", "Pres", "Prof", "Pte", "Rep", "Rev",
    "Revd", "Sen", "Sgt", "Sr", "St", "Supt",
]  # fmt: skip
_ENDS_WITH_TITLE = re.compile(r"(?<![\w.])(?:" + "|".join(_TITLES) + r"|e\.g|i\.e|vs|cf)\.$")

# syntok sometimes splits after a closing bracket on the same line, as in a news
# dateline "WASHINGTON (AP) | — The Senate voted". A sentence ends with a full stop,
# "!", "?" or an ellipsis (then maybe closing quotes or brackets), so a cut after text
# without one, inside a line, is undone. Cuts at line breaks stay (headings, list lines).
_ENDS_WITH_TERMINAL = re.compile(r"[.!?\u2026\u3002\uff01\uff1f\u203c\u2049][\"'\u201d\u2019)\]\u00bb\u203a]*$")

# German ordinal dates ("am 3. Mai") look like a sentence end to syntok.
_ENDS_WITH_ORDINAL = re.compile(r"(?<![\d.])\d{1,2}\.$")
_GERMAN_MONTH = re.compile(
    r"(?:Januar|J\u00e4nner|Februar|M\u00e4rz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b"
)

# After "a.m."/"p.m." syntok only splits before its own list of sentence starters, so
# "at 5 p.m. Police said" stays glued. A capitalised word there starts a new sentence
# unless it is a day, a month or a time zone ("5 p.m. Monday", "5 p.m. GMT",
# "5 p.m. Moscow time").
_CLOCK_THEN_WORD = re.compile(r"(?<![\w.])[aApP]\.[mM]\.(?=[ \t\n]+([A-Z][\w']*)(?:[ \t\n]+(\w+))?)")
_TIME_CONTINUERS = frozenset(
    [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tue", "Tues", "Wed",
        "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
        "Sep", "Sept", "Oct", "Nov", "Dec", "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "IST", "JST", "AEST",
        "AEDT", "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "Eastern", "Central",
        "Mountain", "Pacific", "Greenwich",
    ]
)  # fmt: skip

# After an initialism (U.S., U.K.) syntok never splits unless the next word is on its
# own list of sentence starters, which lacks the pronouns ("from the U.S. They left").
# A boundary is added before these words; they cannot continue a noun phrase such as
# "U.S. Army" or "U.S. President".
_PRONOUNS_AND_STARTERS = "|".join(
    [
        "He", "She", "They", "We", "I", "It", "There", "This", "These", "Those", "His", "Her", "Their", "Our", "Its",
        "But", "And", "Then", "After", "When", "While", "By", "At", "In", "On", "A", "An", "The",
    ]
)  # fmt: skip
_AFTER_INITIALISM = re.compile(
    r"(?<![\w.])(?!e\.g\.|i\.e\.)(?:[A-Za-z]\.){2,}[\"'\u201d\u2019)]?(?=\s+(?:" + _PRONOUNS_AND_STARTERS + r")\b)"
)

# An ellipsis character followed by a capital starts a new sentence, as "..." does in
# syntok ("He paused\u2026 Then he spoke."); syntok does not treat U+2026 that way.
_ELLIPSIS_THEN_WORD = re.compile(r"\u2026[\"'\u201d\u2019)]?(?=\s+[\"'\u201c\u2018(]?(\w))")

# Chinese and Japanese full stops: syntok has no terminals for them, so a whole
# paragraph would be one sentence. Split after each (with any closing marks).
_CJK_TERMINAL = re.compile(r"[\u3002\uff01\uff1f\uff0e]+[\u300d\u300f\u201d\u2019\uff09)\"']*")

# A new line starting with a bullet or list number inside a paragraph part is a list
# item the reader left in running text; syntok would glue the items together.
_BULLET_LINE = re.compile(r"\n[ \t]*(?=(?:[-*+\u2022\u2023\u25e6\u25aa\u2013\u2014]|\(?\d{1,3}[.)])[ \t]+\S)")


def split_sentences(doc: Document) -> list[SentenceSpan]:
    """Split every part of `doc`; ignored parts become one ignored span each."""
    spans: list[SentenceSpan] = []
    for part in doc.parts:
        if not part.compared:
            bounds = _strip(doc.text, part.start, part.end)
            if bounds is not None:
                spans.append(SentenceSpan(bounds[0], bounds[1], ignored=True))
            continue
        spans.extend(SentenceSpan(a, b) for a, b in split_text(doc.text, part.start, part.end))
    return spans


def split_text(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets into `text` for the compared stretch text[start:end]."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    cuts = _cut_points(chunk)
    out: list[tuple[int, int]] = []
    for a, b in pairwise([*cuts, len(chunk)]):
        bounds = _strip(chunk, a, b)
        if bounds is not None:
            out.append((start + bounds[0], start + bounds[1]))
    return out


def _cut_points(chunk: str) -> list[int]:
    """Offsets in `chunk` where sentences start: syntok's, then the post-passes."""
    cuts: set[int] = {0}
    for paragraph in segmenter.analyze(chunk):
        for sentence in paragraph:
            if sentence:
                cuts.add(sentence[0].offset)
    cuts -= _merges(chunk, sorted(cuts))
    for pattern in (_AFTER_INITIALISM, _CJK_TERMINAL):
        cuts.update(m.end() for m in pattern.finditer(chunk) if m.end() < len(chunk))
    for m in _CLOCK_THEN_WORD.finditer(chunk):
        if m.group(1) not in _TIME_CONTINUERS and (m.group(2) or "").lower() != "time":
            cuts.add(m.end())
    cuts.update(m.end() for m in _ELLIPSIS_THEN_WORD.finditer(chunk) if m.group(1).isupper())
    cuts.update(m.end() for m in _BULLET_LINE.finditer(chunk))
    return sorted(cuts)


def _merges(chunk: str, cuts: list[int]) -> set[int]:
    """syntok's cut points that the rules above undo (linear: each segment is looked at once)."""
    undo: set[int] = set()
    for prev, cut in pairwise(cuts):
        segment = chunk[prev:cut]
        body = segment.rstrip()
        tail = body[-12:]
        after_title = chunk[cut].isupper() and _ENDS_WITH_TITLE.search(tail) is not None
        inside_line = "\n" not in segment[len(body) :]
        no_terminal = bool(body) and inside_line and _ENDS_WITH_TERMINAL.search(tail) is None
        german_date = _ENDS_WITH_ORDINAL.search(tail) is not None and _GERMAN_MONTH.match(chunk, cut) is not None
        if after_title or no_terminal or german_date:
            undo.add(cut)
    return undo


def _strip(text: str, a: int, b: int) -> tuple[int, int] | None:
    """Shrink [a, b) past surrounding whitespace; None when nothing is left."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return (a, b) if a < b else None
