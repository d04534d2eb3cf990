"""A self-contained HTML report of one comparison: what a journalist prints or files.

No scripts, no external resources, every piece of article text escaped, and the same
comparison with the same date gives the same bytes. The markup stays within what Qt's
QTextDocument renders, because gui/report_pdf.py draws these very blocks into the PDF.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone
from html import escape

from core.model import Comparison
from core.report.blocks import Block, report_blocks, report_title
from core.report.style import css


def render_html(comparison: Comparison, *, generated: datetime | str | None = None) -> str:
    """The whole report as one HTML document.

    `generated` is the date printed in the header; by default now (or SOURCE_DATE_EPOCH when
    set, for reproducible output). Pass a fixed value to get byte-identical reports.
    """
    return html_document(report_blocks(comparison, date_text(generated)), report_title(comparison))


def html_document(blocks: list[Block], title: str) -> str:
    """Join blocks into one page: consecutive rows of a table become one table with a <thead>."""
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{escape(title)}</title>",
        f"<style>\n{css()}\n</style>",
        "</head>",
        "<body>",
    ]
    open_table = 0
    for block in blocks:
        if open_table and block.table != open_table:
            parts.append("</table>")
            open_table = 0
        if block.table and not open_table:
            parts.append(block.opening)
            if block.head:
                parts.append(f"<thead>{block.head}</thead>")
            open_table = block.table
        parts.append(block.html)
    if open_table:
        parts.append("</table>")
    parts += ["</body>", "</html>"]
    return "\n".join(parts) + "\n"


def date_text(generated: datetime | str | None) -> str:
    """The generation date as printed; SOURCE_DATE_EPOCH (reproducible builds) stands in for now."""
    if isinstance(generated, str):
        return generated
    if generated is None:
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
        generated = (
            datetime.fromtimestamp(int(epoch), tz=timezone.utc) if epoch.isdigit() else datetime.now(timezone.utc)
        )
    if generated.tzinfo is None:
        return generated.strftime("%Y-%m-%d %H:%M")
    return generated.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
