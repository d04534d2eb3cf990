"""Signals that a figure is provisional or superseded rather than a rival claim.

"Police first cleared about 150 homes" (then more), "with 98% counted", "preliminary
count": such figures are shown but never set against another source's final figure.
"""

from __future__ import annotations

import re

_PROVISIONAL = re.compile(
    r"\bwith\s+(?:about\s+|almost\s+|nearly\s+|some\s+)?\d+(?:\.\d+)?\s*(?:%|per\s?cent)\s+(?:of\s+[\w\s]{0,20})?"
    r"(?:counted|reporting|in)\b|\b(?:provisional|partial|early|earlier|first|preliminary|initial|incomplete)\s+"
    r"(?:counts?|figures?|results?|returns?|tally|tallies)\b"
    r"|\b(?:so far|to date|at the time of writing)\b"
    # a count up to a time of day, told first: "By midday, 12,000 people had voted" (not "under control by 7pm")
    r"|(?:^|[;:]\s*)by\s+(?:midday|noon|mid-?morning|mid-?afternoon|the\s+(?:morning|afternoon|evening)|"
    r"\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)|\d{1,2}:\d\d)\s*,",
    re.I,
)


def provisional(sentence: str) -> bool:
    """True when the sentence says its figures are partial (a count still running)."""
    return _PROVISIONAL.search(sentence) is not None
