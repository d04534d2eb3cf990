"""Signals that a figure is provisional or superseded rather than a rival claim.

"Police first cleared about 150 homes" (then more), "with 98% counted", "preliminary
count": such figures are shown but never set against another source's final figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.facts.quantity import Quantity

_PROVISIONAL = re.compile(
    r"\bwith\s+(?:about\s+|almost\s+|nearly\s+|some\s+)?\d+(?:\.\d+)?\s*(?:%|per\s?cent)\s+(?:of\s+[\w\s]{0,20})?"
    r"(?:counted|reporting|in)\b|\b(?:provisional|partial|early|earlier|first|preliminary|initial|incomplete)\s+"
    r"(?:counts?|figures?|results?|returns?|tally|tallies)\b"
    r"|\b(?:so far|to date|at the time of writing)\b"
    # a count up to a time of day, told first: "By midday, 12,000 people had voted" (not "under control by 7pm")
    r"|(?:^|[;:]\s*)by\s+(?:midday|noon|mid-?morning|mid-?afternoon|the\s+(?:morning|afternoon|evening)|"
    r"\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)|\d{1,2}:\d\d)\s*,"
    # or after the counting verb: "1,100 dead fish had been collected by midday", "counted by late afternoon"
    r"|\b(?:counted|collected|recorded|registered|tallied|logged|found|confirmed)\b[^.;]{0,40}?\bby\s+"
    r"(?:midday|noon|lunchtime|nightfall|dusk|(?:early\s+|late\s+|mid-?)?(?:morning|afternoon|evening)|"
    r"\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.))",
    re.I,
)


def provisional(sentence: str) -> bool:
    """True when the sentence says its figures are partial (a count still running)."""
    return _PROVISIONAL.search(sentence) is not None


_EARLY = re.compile(r"\b(?:initial(?:ly)?|first|earlier|originally|early)\b", re.I)
_LATER = re.compile(
    r"\b(?:later|subsequently|since|now|then|afterwards|by\s+the\s+(?:morning|afternoon|evening|end\s+of))\b"
    # a correction: "an earlier version said four; the correct figure is five"
    r"|\b(?:correct|right|actual|true)\s+(?:figure|number|total|count|toll)\b"
    # "first put the toll at two, but raised it to four"
    r"|\b(?:raised|revised|increased|lowered|cut|updated|corrected)\s+(?:it|that|the\s+\w+)\s+(?:up\s+|down\s+)?to\b",
    re.I,
)
# told after the figure: "far more than the 12,000 litres it reported at first"
_EARLY_AFTER = re.compile(
    r"^[^.;]{0,30}?\b(?:at\s+first|first\s+(?:reported|given|announced|put|said)|initially|originally|earlier)\b",
    re.I,
)


def mark_superseded(sentence: str, quantities: Sequence[Quantity]) -> None:
    """ "Initial reports put the number at about 150, but the operator later said 186": a figure told as the
    early account gives way to a later figure of the same kind in the same sentence, so only the later one is
    set against other sources. The later figure counts what the early one counted ("people on board"). The
    early account may also be told after its figure: "21,000 litres, far more than the 12,000 it reported at
    first"."""
    for n, x in enumerate(quantities):
        if _EARLY.search(sentence[max(0, x.start - 80) : x.start]):
            later = [y for y in quantities[n + 1 :] if y.dim == x.dim and _LATER.search(sentence[x.end : y.start])]
        elif _EARLY_AFTER.match(sentence[x.end :]):
            later = [y for y in quantities if y is not x and y.dim == x.dim and not y.superseded]
        else:
            continue
        if later:
            x.superseded = True
            later[0].about = list(dict.fromkeys(later[0].about + x.about))
            if not later[0].head:  # "190 homes ..., raised the figure to 260": 260 homes
                later[0].head, later[0].label = x.head, later[0].label or x.label
