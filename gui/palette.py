"""The one place for status colours, glyphs and patterns (Okabe-Ito, colour-blind safe).

Every role carries a non-colour cue too (a margin glyph and a margin pattern,
plus an underline style for conflicting words) so the meaning survives
greyscale printing and colour blindness. Views and reports read these roles;
they never hold colour literals themselves.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QTextCharFormat

from core.report.style import OKABE_ITO

# Okabe & Ito (2008): one table for the window and the reports (core.report.style).

STATUS_ROLES: tuple[str, ...] = ("shared", "differing", "unique", "ignored")


@dataclass(frozen=True)
class RoleStyle:
    """How one status looks: a tinted fill, an accent, and the cues that need no colour."""

    name: str
    label: str  # words for legends and tooltips
    fill: QColor  # sentence background
    accent: QColor  # margin bar, glyph, overview mark
    text: QColor
    glyph: str  # margin glyph: = ≠ + ·
    pattern: Qt.BrushStyle  # margin bar pattern
    underline: QTextCharFormat.UnderlineStyle  # for conflicting words inside a sentence of this status
    italic: bool = False


@dataclass(frozen=True)
class Palette:
    """All roles of one theme; `role(status)` is what views call."""

    dark: bool
    roles: dict[str, RoleStyle]
    conflict_fill: QColor  # conflicting words inside a differing sentence
    conflict_underline: QColor
    conflict_text: QColor
    selection: QColor  # frame around the selected sentence
    connector_shared: QColor
    connector_differing: QColor
    base: QColor  # view background
    gap: QColor  # an empty cell: what a source lacks
    header_text: QColor
    muted_text: QColor

    def role(self, status: str) -> RoleStyle:
        return self.roles.get(status, self.roles["shared"])

    def connector(self, relation: str) -> QColor:
        return self.connector_differing if relation == "differing" else self.connector_shared


def _mix(colour: str, base: str, amount: float) -> QColor:
    """`amount` of `colour` over `base`: light tints that keep text readable."""
    a, b = QColor(colour), QColor(base)
    return QColor(
        round(a.red() * amount + b.red() * (1 - amount)),
        round(a.green() * amount + b.green() * (1 - amount)),
        round(a.blue() * amount + b.blue() * (1 - amount)),
    )


def _alpha(colour: str, alpha: int) -> QColor:
    c = QColor(colour)
    c.setAlpha(alpha)
    return c


def palette_for(dark: bool) -> Palette:
    """The light or dark theme's roles; dark uses deeper tints and light text."""
    o = OKABE_ITO
    base, text = ("#1e1f22", "#e8e8e8") if dark else ("#ffffff", "#1a1a1a")
    tint = 0.28 if dark else 0.16
    under = QTextCharFormat.UnderlineStyle
    roles = {
        "shared": RoleStyle(
            "shared", "shared by all linked sources", _mix(o["bluish_green"], base, tint), QColor(o["bluish_green"]),
            QColor(text), "=", Qt.BrushStyle.SolidPattern, under.NoUnderline,
        ),
        "differing": RoleStyle(
            "differing", "reported differently", _mix(o["vermillion"], base, tint), QColor(o["vermillion"]),
            QColor(text), "≠", Qt.BrushStyle.BDiagPattern, under.WaveUnderline,
        ),
        "unique": RoleStyle(
            "unique", "only in this source", _mix(o["sky_blue"], base, tint + 0.06), QColor(o["blue"] if not dark
            else o["sky_blue"]), QColor(text), "+", Qt.BrushStyle.Dense4Pattern, under.NoUnderline,
        ),
        "ignored": RoleStyle(
            "ignored", "not compared (heading, caption)", QColor(base), QColor("#8a8a8a"),
            QColor("#9a9a9a" if dark else "#6b6b6b"), "·", Qt.BrushStyle.NoBrush, under.NoUnderline, italic=True,
        ),
    }
    return Palette(
        dark=dark,
        roles=roles,
        # Strong orange behind dark words, so conflicts stand out from the differing tint around them.
        conflict_fill=_mix(o["orange"], base, 0.9 if dark else 0.8),
        # The wavy underline is a cue of its own: >= 3:1 against the highlight (WCAG non-text contrast).
        conflict_underline=_mix(o["vermillion"], "#000000", 0.55) if not dark else QColor("#000000"),
        conflict_text=QColor("#111111" if dark else text),
        selection=QColor(o["reddish_purple"] if dark else o["blue"]),
        connector_shared=_alpha(o["bluish_green"], 90 if dark else 70),
        connector_differing=_alpha(o["vermillion"], 120 if dark else 95),
        base=QColor(base),
        gap=QColor("#26282c" if dark else "#f3f3f3"),
        header_text=QColor(text),
        muted_text=QColor("#a0a0a0" if dark else "#606060"),
    )


def is_dark(app_palette: QPalette) -> bool:
    """A theme is dark when its window colour is darker than its text colour."""
    window = app_palette.color(QPalette.ColorRole.Window)
    text = app_palette.color(QPalette.ColorRole.WindowText)
    return window.lightnessF() < text.lightnessF()
