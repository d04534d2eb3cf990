"""Printable reports of a comparison: pure-Python HTML that the window and `--pdf` render with Qt."""

from __future__ import annotations

from core.report.blocks import Block, report_blocks, report_title, wide_layout
from core.report.html import date_text, html_document, render_html
from core.report.style import ROLES, Role, css

__all__ = [
    "ROLES",
    "Block",
    "Role",
    "css",
    "date_text",
    "html_document",
    "render_html",
    "report_blocks",
    "report_title",
    "wide_layout",
]
