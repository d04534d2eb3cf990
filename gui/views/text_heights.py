"""Heights of wrapped sentences: a quick estimate at once, the exact value in idle-time slices.

Shaping text costs ~0.1 ms a sentence here, so measuring 1,000 sentences
exactly would block the UI thread well over 50 ms. Rows start with an estimate
from the font's average character width; a timer then measures the rest a few
milliseconds at a time (what is painted is measured first, by the painter) and
`refined` tells the views to update their row heights.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QObject, QPointF, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

PAD = 4
SLICE_SECONDS = 0.012
MAX_ENTRIES = 200_000

_Key = tuple[str, int, tuple]


def text_layout(text: str, width: int, font: QFont) -> QTextLayout:
    """Wrap `text` at `width`; the one layout routine used to measure, paint and hit-test."""
    layout = QTextLayout(text, font)
    opt = QTextOption()
    opt.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(opt)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout


def font_key(font: QFont) -> tuple:
    """Cheaper than QFont.key() (which builds a long string) and enough to tell zoom levels apart."""
    return (font.family(), font.pointSizeF(), font.pixelSize(), font.italic(), font.weight())


def layout_height(layout: QTextLayout) -> int:
    return math.ceil(layout.boundingRect().height()) + 2 * PAD


class TextHeights(QObject):
    """Cache of block heights keyed by (text, width, font key): a new comparison reusing ids cannot hit stale ones."""

    refined = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._exact: dict[_Key, int] = {}
        self._estimated: dict[_Key, int] = {}
        self._pending: dict[_Key, tuple[str, QFont]] = {}  # key -> (sentence id, font)
        self._metrics: dict[tuple, tuple[float, float]] = {}
        self._urgent = False  # a painted sentence was taller or shorter than guessed
        self._changed: set[str] = set()
        self.last_changed: frozenset[str] = frozenset()  # sentence ids whose height changed, for `refined`
        self._last_emit = 0.0
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._refine_slice)

    def clear(self) -> None:
        self._changed = set()
        self._exact.clear()
        self._metrics.clear()
        self._estimated.clear()
        self._pending.clear()

    def height(self, sentence_id: str, text: str, width: int, font: QFont, key_of_font: tuple | None = None) -> int:
        """The exact height if known, else an estimate (and the sentence is queued for measuring)."""
        key = (text, width, key_of_font or font_key(font))
        h = self._exact.get(key)
        if h is not None:
            return h
        h = self._estimated.get(key)
        if h is None:
            h = self._estimate(text, width, font, key[2])
            self._estimated[key] = h
            self._pending[key] = (sentence_id, QFont(font))
            if len(self._estimated) > MAX_ENTRIES:  # many window widths seen: start afresh
                self.clear()
                return h
            if not self._timer.isActive():
                self._timer.start()
        return h

    def record(self, sentence_id: str, text: str, width: int, font: QFont, height: int) -> None:
        """The painter measured this sentence anyway: keep it, and ask for a relayout if the guess was off."""
        key = (text, width, font_key(font))
        if self._exact.get(key) == height:
            return
        self._exact[key] = height
        self._pending.pop(key, None)
        if self._estimated.get(key, height) != height:
            self._changed.add(sentence_id)
            self._urgent = True
            if not self._timer.isActive():
                self._timer.start()

    def pending(self) -> int:
        return len(self._pending)

    def _estimate(self, text: str, width: int, font: QFont, key: tuple) -> int:
        metrics = self._metrics.get(key)
        if metrics is None:
            fm = QFontMetricsF(font)
            metrics = (fm.averageCharWidth() * 1.08, fm.lineSpacing())
            self._metrics[key] = metrics
        char_w, line_h = metrics
        per_line = max(1.0, width / char_w)
        return math.ceil(max(1, math.ceil(len(text) / per_line)) * line_h) + 2 * PAD

    def _refine_slice(self) -> None:
        deadline = time.perf_counter() + SLICE_SECONDS
        while self._pending and time.perf_counter() < deadline:
            key, (sentence_id, font) = next(iter(self._pending.items()))
            del self._pending[key]
            h = layout_height(text_layout(key[0], key[1], font))
            self._exact[key] = h
            if h != self._estimated.get(key):
                self._changed.add(sentence_id)
        if self._pending:
            self._timer.start()
        now = time.perf_counter()
        # Relayouts are not free: tell the views at most every 0.2 s, and once at the end.
        if self._changed and (not self._pending or now - self._last_emit > 0.2 or self._urgent):
            self.last_changed = frozenset(self._changed)
            self._changed = set()
            self._last_emit = now
            self.refined.emit()
        self._urgent = False
