"""Details of the selected sentence: its status, and each link with its score and relation."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from gui.models.facts_model import short_titles
from gui.models.presentation import Presentation
from gui.palette import palette_for
from gui.store import ComparisonStore

SOURCE_CHARS = 14  # a source title in the links table: enough to tell sources apart


class DetailPane(QWidget):
    """Answers "why is this sentence marked so?": the links behind its status."""

    def __init__(self, store: ComparisonStore, parent: QWidget | None = None, *,
                 presentation: Presentation | None = None) -> None:
        super().__init__(parent)
        self.presentation = presentation or Presentation(store, self)
        self._sentence: str | None = None
        self.heading = QLabel("Select a sentence to see its links.")
        self.heading.setWordWrap(True)
        self.heading.setObjectName("detailHeading")
        self.links = QTreeWidget()
        self.links.setRootIsDecorated(False)
        self.links.setHeaderLabels(["Linked sentence", "Source", "Relation", "Score"])
        self.links.setWordWrap(True)
        self.links.setUniformRowHeights(False)
        header = self.links.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The source column shows short titles (full title in the tooltip), so the sentence keeps most
        # of a narrow dock and relation and score stay in view instead of behind a scroll bar.
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.links, 1)
        self.presentation.changed.connect(self._refresh)

    def show_sentence(self, sentence_id: str | None) -> None:
        self._sentence = sentence_id
        self._refresh()

    def _refresh(self) -> None:
        layout = self.presentation.layout()
        self.links.clear()
        sent = layout.sentences.get(self._sentence or "")
        if sent is None:
            self.heading.setText("Select a sentence to see its links.")
            return
        role = palette_for(False).role(sent.status)
        title = layout.titles.get(sent.source, sent.source)
        n = len(layout.linked.get(sent.id, []))
        self.heading.setText(f"{role.glyph} <b>{sent.status}</b> — {title}, sentence {sent.index + 1}; "
                             f"{n} link{'s' if n != 1 else ''}<br>{_esc(sent.text)}")
        titles = short_titles([layout.titles.get(s, s) for s in layout.sources], SOURCE_CHARS)
        short = dict(zip(layout.sources, titles, strict=True))
        for other, relation, score, manual in layout.linked.get(sent.id, []):
            o = layout.sentences[other]
            glyph = "≠" if relation == "differing" else "="
            rel = f"{glyph} {relation}" + (" (set by hand)" if manual else "")
            item = QTreeWidgetItem([o.text, short.get(o.source, o.source), rel, f"{score:.2f}"])
            item.setToolTip(0, o.text)
            item.setToolTip(1, layout.titles.get(o.source, o.source))
            self.links.addTopLevelItem(item)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
