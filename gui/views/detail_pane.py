"""Details of the selected sentence: its status, and each link with its score and relation."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from gui.models.presentation import Presentation
from gui.palette import palette_for
from gui.store import ComparisonStore


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
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
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
        for other, relation, score, manual in layout.linked.get(sent.id, []):
            o = layout.sentences[other]
            glyph = "≠" if relation == "differing" else "="
            rel = f"{glyph} {relation}" + (" (set by hand)" if manual else "")
            item = QTreeWidgetItem([o.text, layout.titles.get(o.source, o.source), rel, f"{score:.2f}"])
            item.setToolTip(0, o.text)
            self.links.addTopLevelItem(item)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
