"""Typed errors: every failure a user can cause names its input and the reason."""

from __future__ import annotations


class ParallaxError(Exception):
    """Base of every error Parallax reports to a person instead of a traceback."""


class SourceError(ParallaxError):
    """A source (file, URL or stdin) could not be turned into article text.

    `origin` names the input as the user gave it; `reason` says why in plain words.
    """

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class ComparisonError(ParallaxError):
    """The sources were read but cannot be compared (for example only one was given)."""


class DocumentFormatError(ParallaxError):
    """A comparison or session file is damaged, foreign or from a newer version."""


class Cancelled(ParallaxError):
    """A long job stopped because the user asked it to."""
