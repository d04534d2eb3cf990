"""File > Export HTML / PDF report and File > Print: the window's side of core.report.

The report is rendered by core.report (HTML) and gui.report_pdf (PDF, printing); this module
only asks where to write, writes atomically and reports the outcome through the message bar.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from core.atomic import write_text_atomic
from core.model import Comparison
from core.report import render_html
from gui.messages import Messages


class ReportExporter:
    """Exports the open comparison as an HTML or PDF report, or prints it."""

    def __init__(
        self,
        parent: QWidget,
        messages: Messages,
        comparison: Callable[[], Comparison | None],
        choose_save_path: Callable[[str, str, str], str],
        base_name: Callable[[], str],
    ) -> None:
        self._parent = parent
        self._messages = messages
        self._comparison = comparison
        self._choose = choose_save_path
        self._base = base_name

    def export_html_dialog(self) -> None:
        path = self._choose("Export an HTML report", f"{self._base()}.html", "HTML report (*.html)")
        if path:
            self.export_html(Path(path))

    def export_pdf_dialog(self) -> None:
        path = self._choose("Export a PDF report", f"{self._base()}.pdf", "PDF report (*.pdf)")
        if path:
            self.export_pdf(Path(path))

    def export_html(self, path: Path) -> bool:
        return self._write(path, "HTML report", lambda c: write_text_atomic(path, render_html(c)))

    def export_pdf(self, path: Path) -> bool:
        from gui.report_pdf import write_pdf

        return self._write(path, "PDF report", lambda c: write_pdf(c, path))

    def print_report(self) -> bool:
        comparison = self._comparison()
        if comparison is None:
            self._messages.info("There is no comparison to print yet.")
            return False
        from gui.report_pdf import print_comparison

        return print_comparison(comparison, self._parent)

    def _write(self, path: Path, what: str, write: Callable[[Comparison], None]) -> bool:
        comparison = self._comparison()
        if comparison is None:
            self._messages.info(f"There is no comparison to export as a {what} yet.")
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write(comparison)
        except OSError as exc:
            self._messages.error(f"Could not write the {what} to {path}: {exc.strerror or exc}")
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._messages.info(f"Wrote the {what} to {path}.", key="export")
        return True
