"""The report's colours, glyphs and border styles per status, and the CSS that carries them.

core/ may not import gui/, so the report defines its own status roles here. They use the
same Okabe-Ito colour-blind-safe hues as the window's palette (gui/palette.py); gui may import
these constants, never the other way round. Every role also has a glyph and a border style,
so that meaning survives greyscale printing and colour blindness.

The CSS stays inside the subset QTextDocument renders (tables, cell padding, borders, background
colours, bold/underline, font sizes; margins in px, as Qt ignores pt margins): the PDF is this
same HTML drawn by Qt. The two browser-only rules (print-color-adjust, page-break-inside) are
ignored by Qt and keep colours and rows whole when the HTML is printed from a browser.
"""

from __future__ import annotations

from dataclasses import dataclass

# Okabe & Ito (2008), "Color Universal Design": the eight colours safe for every common colour vision.
OKABE_ITO: dict[str, str] = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}


@dataclass(frozen=True)
class Role:
    """How one status looks: a strong colour for borders and glyphs, a pale tint behind text."""

    name: str
    label: str  # the word printed beside the glyph
    glyph: str
    colour: str
    tint: str  # light enough that black text keeps contrast > 12:1, in colour and in grey
    border: str  # CSS border-style: the non-colour cue next to the glyph
    border_width: int = 1  # px; the double border needs 3 to show both lines


ROLES: dict[str, Role] = {
    "shared": Role("shared", "same", "=", OKABE_ITO["bluish_green"], "#DDF2EB", "solid"),
    "differing": Role("differing", "differs", "≠", OKABE_ITO["vermillion"], "#F9E2D3", "double", 3),
    "unique": Role("unique", "only here", "+", OKABE_ITO["blue"], "#DCEAF5", "dashed"),
    "ignored": Role("ignored", "not compared", "·", "#767676", "#F2F2F2", "dotted"),
}

TEXT = "#000000"
MUTED = "#555555"
RULE = "#999999"
CONFLICT_TINT = "#FBD9A5"  # a light tint of Okabe-Ito orange behind conflicting words


def css(px: float = 1.0) -> str:
    """The one style sheet of the report (QTextDocument's CSS subset only).

    Qt reads CSS pixels as device pixels, so the PDF (a 300 dpi device) passes `px` = dpi / 96
    to keep the spacing a browser would show.
    """

    def m(n: int) -> str:
        return f"{round(n * px)}px"

    rules = [
        f"body {{ color: {TEXT}; font-family: 'DejaVu Sans', 'Segoe UI', Helvetica, Arial, sans-serif;"
        " font-size: 9pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }",
        f"h1 {{ font-size: 16pt; margin-top: 0px; margin-bottom: {m(2)}; }}",
        f"h2 {{ font-size: 12pt; margin-top: {m(16)}; margin-bottom: {m(6)}; }}",
        f"h3 {{ font-size: 10pt; margin-top: {m(10)}; margin-bottom: {m(4)}; }}",
        f"p {{ margin-top: {m(2)}; margin-bottom: {m(6)}; }}",
        f"p.meta {{ color: {MUTED}; margin-top: 0px; }}",
        f"table {{ border-collapse: collapse; border-color: {RULE}; }}",
        f"th {{ background-color: #E6E6E6; text-align: left; font-weight: bold; border-color: {RULE}; }}",
        "td { vertical-align: top; }",
        "tr { page-break-inside: avoid; }",
        f"p.s {{ margin-top: 0px; margin-bottom: {m(4)}; }}",
        "td.glyph { font-weight: bold; font-size: 11pt; text-align: center; }",
        f"span.origin {{ color: {MUTED}; }}",
        f"span.conflict {{ font-weight: bold; text-decoration: underline; background-color: {CONFLICT_TINT}; }}",
        f"span.none {{ color: {MUTED}; }}",
    ]
    for role in ROLES.values():
        rules.append(
            f"tr.{role.name} td {{ background-color: {role.tint}; border-color: {role.colour};"
            f" border-style: {role.border}; border-width: {role.border_width}px; }}"
        )
        rules.append(f"td.{role.name}-glyph {{ color: {role.colour}; }}")
    rules.append(f"tr.ignored td {{ color: {MUTED}; }}")
    return "\n".join(rules)
