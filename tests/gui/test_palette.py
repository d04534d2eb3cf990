"""The palette: every status has a colour AND a non-colour cue, readable in both themes."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from gui.palette import OKABE_ITO, STATUS_ROLES, is_dark, palette_for


def _luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def _contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_every_status_has_its_own_glyph_and_pattern() -> None:
    for dark in (False, True):
        pal = palette_for(dark)
        glyphs = [pal.role(s).glyph for s in STATUS_ROLES]
        assert len(set(glyphs)) == len(STATUS_ROLES)
        assert glyphs[:3] == ["=", "≠", "+"]
        patterns = {pal.role(s).pattern for s in ("shared", "differing", "unique")}
        assert len(patterns) == 3
        assert pal.role("ignored").italic


def test_accents_come_from_okabe_ito() -> None:
    allowed = {QColor(c).name() for c in OKABE_ITO.values()}
    for dark in (False, True):
        pal = palette_for(dark)
        for status in ("shared", "differing", "unique"):
            assert pal.role(status).accent.name() in allowed


def test_text_stays_readable_on_every_tint() -> None:
    for dark in (False, True):
        pal = palette_for(dark)
        for status in STATUS_ROLES:
            role = pal.role(status)
            assert _contrast(role.text, role.fill) >= 4.5, (dark, status)
        assert _contrast(pal.conflict_text, pal.conflict_fill) >= 4.5
        assert _contrast(pal.conflict_underline, pal.conflict_fill) >= 3.0  # the underline cue shows too
        # Conflicting words must stand out from the differing sentence around them.
        assert _contrast(pal.conflict_fill, pal.role("differing").fill) >= 1.3


def test_tints_differ_in_greyscale_too() -> None:
    """Shared, differing and unique fills must not collapse to one grey (plus the glyphs)."""
    pal = palette_for(False)
    greys = [round(_luminance(pal.role(s).fill), 3) for s in ("shared", "differing", "unique")]
    assert len(set(greys)) == 3


def test_dark_theme_swaps_the_roles() -> None:
    light, dark = palette_for(False), palette_for(True)
    assert light.base != dark.base
    assert all(light.role(s).fill != dark.role(s).fill for s in ("shared", "differing", "unique"))
    assert _luminance(dark.role("shared").text) > _luminance(light.role("shared").text)


def test_is_dark_reads_the_application_palette(qapp) -> None:
    light = QPalette()
    light.setColor(QPalette.ColorRole.Window, QColor("#f0f0f0"))
    light.setColor(QPalette.ColorRole.WindowText, QColor("#101010"))
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    assert not is_dark(light)
    assert is_dark(dark)
