"""Draw the report (core.report) onto A4 pages with Qt: PDF export and printing.

The PDF is made of the very HTML blocks the HTML report is made of, each laid out by
QTextDocument, so the two never drift apart. The pages are composed here rather than by
QTextDocument's own pagination, which splits table rows across pages and then paints the
repeated column heads over them: a row moves whole to the next page when it does not fit
(only a row taller than a page is split), a table's column heads repeat on every page it
continues on, headings stay with what follows, and each page gets a footer with "page n of N".
The PDF is rendered into memory and written with core.atomic, so a failed export never
leaves half a file.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QWidget

from core.atomic import write_bytes_atomic
from core.model import Comparison
from core.report import Block, css, date_text, report_blocks, report_title, wide_layout

MARGINS_MM = QMarginsF(14, 14, 14, 12)
FOOTER_PT = 14.0  # height kept free at the bottom of each page for the footer
RESOLUTION = 300  # dots per inch of the PDF's coordinate system; text stays vector
FONT_PT = 9.0
FLOW_GAP_PT = 9.0  # space above headings and paragraphs that follow other content (Qt drops a doc's first margin)


def ensure_gui_application() -> QCoreApplication:
    """QTextDocument needs a QGuiApplication (fonts); make an offscreen one when run headless."""
    app = QCoreApplication.instance()
    if app is not None:
        return app
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(["parallax"])


def landscape_for(comparison: Comparison) -> bool:
    """Portrait fits four source columns; more sources print across the page."""
    return wide_layout(len(comparison.sources))


def pdf_bytes(comparison: Comparison, *, generated: datetime | str | None = None) -> bytes:
    """The report as a PDF document in memory."""
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(report_title(comparison))
    writer.setCreator("Parallax")
    writer.setResolution(RESOLUTION)
    _set_layout(writer, landscape_for(comparison))
    paint_report(report_blocks(comparison, date_text(generated)), writer, title=report_title(comparison))
    buffer.close()
    return bytes(data.data())


def write_pdf(comparison: Comparison, path: str | os.PathLike[str], *, generated: datetime | str | None = None) -> None:
    """Write the report as an A4 PDF, atomically (the command line's --pdf and Export > PDF)."""
    write_bytes_atomic(path, pdf_bytes(comparison, generated=generated))


def print_comparison(comparison: Comparison, parent: QWidget | None = None) -> bool:
    """Ask for a printer with the system's print dialog and print the report; False if cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(report_title(comparison))
    _set_layout(printer, landscape_for(comparison))
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint_report(report_blocks(comparison, date_text(None)), printer, title=report_title(comparison))
    return True


@dataclass
class _Placement:
    """A slice [top, top + height) of a laid-out block, drawn at `y` on a page."""

    doc: QTextDocument
    y: float
    top: float
    height: float


class _Composer:
    """Places blocks on pages of a fixed body height; see the module docstring for the rules."""

    def __init__(self, blocks: Sequence[Block], device: QPagedPaintDevice, width: float, height: float) -> None:
        self.device, self.width, self.height = device, width, height
        self.gap = FLOW_GAP_PT * device.resolution() / 72.0
        self.blocks = list(blocks)
        self.docs = [self._doc(b.standalone()) for b in self.blocks]
        self.heads: dict[int, QTextDocument] = {}
        for b in self.blocks:
            if b.head and b.table not in self.heads:
                self.heads[b.table] = self._doc(b.head_standalone())
        self.pages: list[list[_Placement]] = [[]]
        self.y = 0.0
        self.head_shown = 0  # the table whose column heads are on the current page

    def compose(self) -> list[list[_Placement]]:
        for i in range(len(self.blocks)):
            need = self._needed(i, self.head_shown)
            if need > self.height:  # the glued run does not fit any page: keep only the block itself whole
                need = self._needed(i, self.head_shown, depth=99)
            block = self.blocks[i]
            starts = not block.table or i == 0 or self.blocks[i - 1].table != block.table  # not a table's next row
            gap = self.gap if self.y > 0 and starts else 0.0
            if self.y > 0 and self.y + gap + need > self.height:
                self._new_page()
            else:
                self.y += gap
            self._place(i)
        return self.pages

    def _place(self, i: int) -> None:
        block, doc = self.blocks[i], self.docs[i]
        self._show_head(block)
        tall = _height(doc)
        if self.y + tall <= self.height:
            self._put(doc, 0.0, tall)
            return
        # Taller than what is left of a fresh page: let Qt break it between lines into equal slices.
        slice_height = self.height - self.y
        doc.setPageSize(QSizeF(self.width, slice_height))
        for k in range(doc.pageCount()):
            if k:
                self._new_page()
                self._show_head(block)
            self._put(doc, k * slice_height, slice_height)

    def _show_head(self, block: Block) -> None:
        if block.head and self.head_shown != block.table:
            head = self.heads[block.table]
            self._put(head, 0.0, _height(head))
            self.head_shown = block.table

    def _needed(self, i: int, head_shown: int, depth: int = 0) -> float:
        """Height block i takes with its column heads and the blocks glued after it."""
        block = self.blocks[i]
        need = _height(self.docs[i])
        if block.head and head_shown != block.table:
            need += _height(self.heads[block.table])
        if block.keep_with_next and i + 1 < len(self.blocks) and depth < 3:
            need += self._needed(i + 1, block.table or head_shown, depth + 1)
        return need

    def _put(self, doc: QTextDocument, top: float, height: float) -> None:
        self.pages[-1].append(_Placement(doc, self.y, top, height))
        self.y += height

    def _new_page(self) -> None:
        self.pages.append([])
        self.y = 0.0
        self.head_shown = 0

    def _doc(self, html: str) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.device)
        font = QFont("DejaVu Sans")
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setPointSizeF(FONT_PT)
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        doc.setDefaultStyleSheet(css(px=self.device.resolution() / 96.0))
        doc.setHtml(html)
        doc.setTextWidth(self.width)
        return doc


def paint_report(blocks: Sequence[Block], device: QPagedPaintDevice, *, title: str = "") -> int:
    """Compose the blocks into the device's pages with a footer on each; returns the number of pages.

    The device (QPdfWriter or QPrinter) must already have its page layout; painting starts on
    its current page.
    """
    dpi = device.resolution()
    paint = device.pageLayout().paintRectPixels(dpi)
    footer = FOOTER_PT * dpi / 72.0
    pages = _Composer(blocks, device, paint.width(), paint.height() - footer).compose()
    pages = [p for p in pages if p] or [[]]
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot start drawing the report")
    try:
        footer_font = QFont("DejaVu Sans")
        footer_font.setStyleHint(QFont.StyleHint.SansSerif)
        footer_font.setPointSizeF(7.5)
        band = QRectF(0, paint.height() - footer, paint.width(), footer)
        for n, placements in enumerate(pages, start=1):
            if n > 1:
                device.newPage()
            for p in placements:
                painter.save()
                painter.translate(0, p.y - p.top)
                p.doc.drawContents(painter, QRectF(0, p.top, paint.width(), p.height))
                painter.restore()
            painter.setFont(footer_font)
            painter.setPen(Qt.GlobalColor.black)
            painter.drawText(band, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), title)
            right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
            painter.drawText(band, right, f"Page {n} of {len(pages)}")
    finally:
        painter.end()
    return len(pages)


def _height(doc: QTextDocument) -> float:
    return doc.size().height()


def _set_layout(device: QPagedPaintDevice, landscape: bool) -> None:
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    device.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, MARGINS_MM, QPageLayout.Unit.Millimeter)
    )
