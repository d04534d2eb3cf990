"""The `parallax` console script: `compare` runs headless, anything else opens the window.

Kept free of Qt imports so that `parallax compare` starts fast and works where
no Qt runtime libraries are installed.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "compare":
        from core.cli import main as compare_main

        return compare_main(args[1:])
    from gui.app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
