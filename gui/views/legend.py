"""A one-line key to the status cues (glyph + words in the role's colour) and the "3 of 12" position."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from gui.palette import STATUS_ROLES, Palette, palette_for

_WORDS = {"shared": "shared", "differing": "differs", "unique": "only here", "ignored": "not compared"}


class LegendBar(QWidget):
    """Explains the margin glyphs so nobody has to guess what a colour means."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        self.keys: dict[str, QLabel] = {}
        for name in STATUS_ROLES:
            label = QLabel()
            label.setObjectName(f"legend_{name}")
            self.keys[name] = label
            layout.addWidget(label)
        layout.addStretch(1)
        self.position = QLabel()
        self.position.setObjectName("differencePosition")
        layout.addWidget(self.position)
        self.set_palette(palette_for(False))
        self.set_position(0, 0)

    def set_palette(self, palette: Palette) -> None:
        for name, label in self.keys.items():
            role = palette.role(name)
            style = "font-style:italic;" if role.italic else ""
            label.setText(
                f"<span style='background:{role.fill.name()};color:{role.accent.name()};font-weight:bold'>"
                f"&nbsp;{role.glyph}&nbsp;</span>&nbsp;<span style='{style}'>{_WORDS[name]}</span>"
            )
            label.setToolTip(role.label)

    def set_position(self, current: int, total: int) -> None:
        if total == 0:
            self.position.setText("no differences")
        elif current == 0:
            self.position.setText(f"{total} differences")
        else:
            self.position.setText(f"difference {current} of {total}")
