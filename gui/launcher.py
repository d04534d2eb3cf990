"""The `parallax` console script: `compare` runs headless, anything else opens the window.

Kept free of Qt imports so that `parallax compare` starts fast and works where
no Qt runtime libraries are installed; Qt is loaded only when a PDF is asked for.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.model import Comparison


def write_pdf_headless(comparison: Comparison, path: str) -> None:
    """The command line's --pdf hook: render with Qt, offscreen (a PDF needs no display).

    On Linux the offscreen platform is chosen even when DISPLAY is set, so a stale or forwarded
    display cannot abort a headless run; Windows and macOS draw without a window anyway.
    """
    if sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from gui.report_pdf import write_pdf  # lazy: Qt loads only for --pdf

    write_pdf(comparison, path)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "compare":
        from core.cli import main as compare_main

        return compare_main(args[1:], pdf_writer=write_pdf_headless)
    from gui.app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
